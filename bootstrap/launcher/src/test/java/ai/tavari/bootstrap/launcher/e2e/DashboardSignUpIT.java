package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The owner's first visit in a real browser: the landing page, sign-up with the API's field errors
 * shown inline, the five setup steps (per-field errors, leaving and coming back, an overnight
 * opening and a holiday, FAQs), the review, going live with the forwarding instructions, the
 * dashboard, log-out and log-in.
 */
@ExtendWith(RunningTavari.class)
class DashboardSignUpIT {
    private static TavariServer server;
    private static OwnerApi api;

    @BeforeAll
    static void start(TavariServer tavari) {
        server = tavari;
        api = new OwnerApi(tavari);
    }

    @Test
    void landingPageSaysWhatItDoesAndWhatItCosts() {
        try (Browser browser = Browser.desktop(server)) {
            browser.open("").checkPage().checkSkipLinkFirst();
            String text = browser.find("main").getText();
            assertThat(text).contains("Never miss a customer call", "$199", "750 minutes", "14 days");
            assertThat(browser.all("a[href='/signup/']")).isNotEmpty();
            assertThat(browser.all("a[href='/login/']")).isNotEmpty();
            browser.screenshot("landing");
        }
    }

    @Test
    void signUpWizardGoLiveDashboardLogOutAndLogIn() {
        String email = "bakery-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (Browser browser = Browser.desktop(server)) {
            // sign-up: every field wrong, each error under its field
            browser.open("").clickText("a.btn", "Start your free trial").waitForUrl("signup/");
            browser.type("#businessName", " ").type("#email", "not-an-email").type("#password", "short");
            browser.click("button[type=submit]");
            assertThat(browser.find("#email-error").getText()).contains("valid e-mail");
            assertThat(browser.find("#password-error").getText()).contains("at least 10 characters");
            assertThat(browser.find("#businessName-error").getText()).isNotBlank();
            assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("main").getText()).doesNotContain("/problems/", "\"field\"");
            browser.checkPage().screenshot("signup-errors");

            browser.type("#businessName", "Corner Bakery").type("#email", email).type("#password", DashboardData.PASSWORD);
            browser.click("button[type=submit]");
            browser.waitForUrl("app/setup/");

            // step 1: a phone number that is not one, then a good one
            assertThat(browser.find("#step-title").getText()).isEqualTo("Your business");
            assertThat(browser.find("#biz-name").getAttribute("value")).isEqualTo("Corner Bakery");
            browser.type("#biz-phone", "12345");
            new Select(browser.find("#biz-zone")).selectByValue("America/Los_Angeles");
            browser.click("[data-test=next]");
            assertThat(browser.find("#biz-phone-error").getText()).isNotBlank();
            assertThat(browser.find("#biz-phone").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("[data-section=business] [data-test=section-error]").getText()).contains("Business phone");
            browser.checkPage().screenshot("setup-step1-errors");
            browser.type("#biz-phone", "(415) 555-0123").type("#biz-industry", "Bakery");
            browser.click("[data-test=next]");

            // step 2: a name, the suggested greeting, a voice
            browser.waitUntil("step 2", () -> browser.find("#step-title").getText().equals("Greeting & voice"));
            browser.type("#voice-name", "Sam").clickText("button", "Use a suggested greeting");
            assertThat(browser.find("#voice-greeting").getAttribute("value"))
                    .isEqualTo("Thanks for calling Corner Bakery, this is Sam. How can I help you today?");
            browser.clickText("label.choice", "Cedar");
            browser.click("[data-test=next]");
            browser.waitUntil("step 3", () -> browser.find("#step-title").getText().equals("Hours"));

            // leave and come back: the wizard resumes where the owner stopped, with what was saved
            browser.open("app/").open("app/setup/");
            assertThat(browser.find("#step-title").getText()).isEqualTo("Hours");
            browser.clickText(".stepper button", "Greeting & voice");
            assertThat(browser.find("#voice-name").getAttribute("value")).isEqualTo("Sam");
            browser.clickText(".stepper button", "Hours");

            // step 3: a bad time is an error on its own row; Saturday night runs past midnight; a holiday
            browser.setValue("[data-test=closes-monday-0]", "");
            browser.click("[data-test=next]");
            assertThat(browser.find("[data-day=monday] .field-error").getText()).isNotBlank();
            assertThat(browser.find("[data-test=closes-monday-0]").getAttribute("aria-invalid")).isEqualTo("true");
            browser.setValue("[data-test=closes-monday-0]", "17:00");
            browser.click("input[aria-label='Saturday open']");
            browser.setValue("[data-test=opens-saturday-0]", "22:00").setValue("[data-test=closes-saturday-0]", "02:00");
            assertThat(browser.find("[data-day=saturday] [data-test=overnight]").getText()).isEqualTo("Ends next day");
            browser.clickText("button", "Add a holiday");
            browser.setValue("#holiday-0-date", "2026-12-25").type("#holiday-0-label", "Christmas Day");
            browser.checkPage().screenshot("setup-hours");
            browser.click("[data-test=next]");

            // step 4: one FAQ from the ideas, one typed
            browser.waitUntil("step 4", () -> browser.find("#step-title").getText().equals("FAQs"));
            browser.clickText("button.chip", "Do you take walk-ins?");
            browser.type("#faq-0-a", "Yes, any time we are open.");
            browser.click("[data-test=add-faq]");
            browser.type("#faq-1-q", "Do you have gluten-free bread?").type("#faq-1-a", "Yes, baked fresh every Friday.");
            assertThat(browser.find("[data-test=faq-count]").getText()).isEqualTo("2 of 5");
            for (int more = 0; more < 3; more++) {
                browser.click("[data-test=add-faq]");
            }
            assertThat(browser.find("[data-test=faq-count]").getText()).isEqualTo("5 of 5");
            assertThat(browser.find("[data-test=add-faq]").isEnabled()).as("at most five FAQs").isFalse();
            for (int faq = 5; faq > 2; faq--) {
                browser.click("button[aria-label='Remove question " + faq + "']");
            }
            assertThat(browser.find("[data-test=faq-count]").getText()).isEqualTo("2 of 5");
            browser.click("[data-test=next]");

            // Back goes back without losing anything; the review already names what is missing
            browser.waitUntil("step 5", () -> browser.find("#step-title").getText().equals("Messages"));
            browser.clickText(".wizard-nav button", "Back");
            browser.waitUntil("step 4 again", () -> browser.find("#step-title").getText().equals("FAQs"));
            assertThat(browser.find("#faq-1-q").getAttribute("value")).isEqualTo("Do you have gluten-free bread?");
            browser.clickText(".stepper button", "Review");
            assertThat(browser.find("[data-test=missing]").getText()).contains("Messages: Review and save this step");
            assertThat(browser.find("[data-test=go-live]").isEnabled()).isFalse();
            browser.checkPage().screenshot("setup-review-missing");
            browser.clickText("[data-test=missing] button", "Fix");

            // step 5, then the review: what callers will hear, nothing missing
            browser.waitUntil("step 5", () -> browser.find("#step-title").getText().equals("Messages"));
            browser.type("#msg-email", "owner@corner.example");
            browser.click("[data-test=next]");
            browser.waitForUrl("app/setup/?step=6");
            assertThat(browser.find("[data-test=review-greeting]").getText())
                    .isEqualTo("Thanks for calling Corner Bakery, this is Sam. How can I help you today?");
            assertThat(browser.all("[data-test=missing]")).isEmpty();
            assertThat(browser.find("#main").getText()).contains("Saturday: 10 PM – 2 AM (next day)", "Closed on 1 holiday");
            browser.checkPage().screenshot("setup-review");

            browser.click("[data-test=go-live]");
            browser.waitUntil("live", () -> browser.find("[data-test=live]").isDisplayed());
            assertThat(browser.find("#live-title").getText()).isEqualTo("Sam is live");
            assertThat(browser.find("[data-test=forwarding]").getText()).contains("*72", "**21*", "##21#");
            // the number itself when the API has one, else where it will appear
            assertThat(browser.all("[data-test=tavari-number]")).singleElement()
                    .satisfies(number -> assertThat(number.getText()).isNotBlank());
            browser.checkPage().screenshot("setup-live");

            // what the browser saved is what the API has
            Owner owner = ownerOf(browser, email);
            JsonObject agent = DashboardData.ok(owner.get("api/agents"));
            assertThat(agent.getBoolean("live")).isTrue();
            assertThat(agent.getString("agentName")).isEqualTo("Sam");
            assertThat(agent.getString("voice")).isEqualTo("cedar");
            JsonObject hours = agent.getJsonObject("hours");
            assertThat(hours.getString("timeZone")).isEqualTo("America/Los_Angeles");
            assertThat(hours.getJsonObject("weekly").getJsonArray("saturday").getJsonObject(0).toString())
                    .isEqualTo("{\"opens\":\"22:00\",\"closes\":\"02:00\"}");
            assertThat(hours.getJsonArray("holidays").getJsonObject(0).getString("date")).isEqualTo("2026-12-25");
            assertThat(agent.getJsonArray("faqs")).hasSize(2);
            assertThat(agent.getJsonObject("messageSettings").getString("notificationEmail")).isEqualTo("owner@corner.example");

            // the dashboard
            browser.clickText("a.btn", "Go to your dashboard").waitForUrl("app/");
            assertThat(browser.find("#agent-title").isDisplayed()).isTrue();
            browser.waitUntil("agent live", () -> browser.find("#main").getText().contains("Answering calls"));
            assertThat(browser.all("[data-test=setup-card]")).isEmpty();
            assertThat(browser.find("[data-test=business-name]").getText()).isEqualTo("Corner Bakery");
            browser.checkPage().screenshot("overview-new");

            // log out, a wrong password, then in again
            browser.clickText("button.logout", "Log out").waitForUrl("login/?reason=logged-out");
            assertThat(browser.find("[data-test=login-notice]").getText()).contains("logged out");
            browser.type("#email", email).type("#password", "not-my-password");
            browser.click("button[type=submit]");
            assertThat(browser.find("[data-test=form-error]").getText()).contains("Check your e-mail and password");
            browser.checkPage().screenshot("login-error");
            browser.type("#password", DashboardData.PASSWORD).click("button[type=submit]");
            browser.waitForUrl("app/");
        }
    }

    /** The owner the browser is logged in as, for checking through the API what the pages saved. */
    private static Owner ownerOf(Browser browser, String email) {
        String token = browser.driver().manage().getCookieNamed("tavari_session").getValue();
        Owner owner = new Owner(api, token, null, email);
        String businessId = DashboardData.ok(owner.get("api/auth/me")).getJsonObject("business").getString("id");
        return new Owner(api, token, businessId, email);
    }
}
