package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard of a live business with calls and messages, in a real browser: the call list with
 * its filters and search, one call, messages (unread first, mark read and unread, the unread badge),
 * usage with its warnings, billing with its notices, agent settings with "Try your agent",
 * notifications with their delivery, every page on a phone, and an
 * expired session taking the owner to log-in and back.
 */
@ExtendWith(RunningTavari.class)
class DashboardPagesIT {
    private static TavariServer server;
    private static OwnerApi api;
    private static OwnerRows rows;
    private static DashboardData salon;

    @BeforeAll
    static void seed(TavariServer tavari) throws SQLException {
        server = tavari;
        api = new OwnerApi(tavari);
        rows = new OwnerRows(tavari);
        salon = DashboardData.liveSalon(api, rows, "Bella Hair Studio");
    }

    @AfterAll
    static void disconnect() throws SQLException {
        rows.close();
    }

    @Test
    void overviewShowsTheDay() {
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/").checkPage().checkSkipLinkFirst();
            browser.waitUntil("the unread count", () -> browser.find("[data-test=stat-unread] .value").getText().equals("3"));
            assertThat(browser.all("#main .mini-row")).hasSize(6);
            assertThat(browser.find("[data-test=unread-badge]").getText()).contains("3");
            browser.screenshot("overview");
        }
    }

    @Test
    void callsAreListedFilteredSearchedAndOpened() {
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/calls/").checkPage();
            List<WebElement> calls = browser.all("[data-test=call-row]");
            assertThat(calls).hasSize(salon.calls.size());
            assertThat(calls.get(0).getText()).contains("(415) 555-0142", "Left a message", "BOOKING REQUEST",
                    "Wants a cut and blow-dry with Sofia", "Message taken", "2:12");
            assertThat(browser.find("[data-test=calls-count]").getText()).contains("14 calls");
            browser.screenshot("calls");

            new Select(browser.find("#f-outcome")).selectByValue("MESSAGE_TAKEN");
            browser.waitUntil("only calls with a message taken", () -> browser.all("[data-test=call-row]").size() == 5);
            assertThat(browser.path()).contains("outcome=MESSAGE_TAKEN");
            new Select(browser.find("#f-intent")).selectByValue("BOOKING_REQUEST");
            browser.waitUntil("booking requests with a message", () -> browser.all("[data-test=call-row]").size() == 2);
            browser.clickText("button", "Clear filters");
            browser.waitUntil("all calls again", () -> browser.all("[data-test=call-row]").size() == salon.calls.size());

            String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")).plusDays(1).toString();
            browser.setValue("#f-from", tomorrow);
            browser.findWithText(".empty h3", "No calls match");
            assertThat(browser.path()).contains("from=" + tomorrow);
            browser.clickText("button", "Clear filters");
            browser.waitUntil("all calls again", () -> browser.all("[data-test=call-row]").size() == salon.calls.size());

            browser.type("#f-q", "gift card");
            browser.waitUntil("the gift card call", () -> browser.all("[data-test=call-row]").size() == 1);
            browser.type("#f-q", "555 0123");
            browser.waitUntil("Priya's call by number", () -> browser.all("[data-test=call-row]").size() == 1
                    && browser.all("[data-test=call-row]").get(0).getText().contains("(646) 555-0123"));
            browser.type("#f-q", "nothing like this");
            browser.findWithText(".empty h3", "No calls match");

            browser.open("app/calls/");
            browser.all("[data-test=call-row]").get(0).click();
            browser.waitForUrl("app/call/?id=" + salon.callWithMessage);
            assertThat(browser.find("[data-test=call-title]").getText()).isEqualTo("(415) 555-0142");
            assertThat(browser.find("[data-test=call-outcome]").getText()).isEqualTo("Message taken");
            assertThat(browser.find("[data-test=call-intent]").getText()).isEqualTo("Booking request");
            assertThat(browser.find("[data-test=call-summary]").getText()).startsWith("Wants a cut and blow-dry");
            assertThat(browser.all("[data-test=transcript] .turn")).hasSize(8);
            assertThat(browser.all("[data-test=transcript] .turn.caller")).hasSize(4);
            assertThat(browser.find("[data-test=transcript] .turn.agent .who").getText()).isEqualToIgnoringCase("Mia");
            assertThat(browser.find("[data-test=call-message]").getText()).contains("Olivia Martinez", "Cut and blow-dry");
            assertThat(browser.find("[data-test=recording]").getAttribute("src")).isEqualTo("https://recordings.example/bella/booking.mp3");
            browser.checkPage().screenshot("call");
        }
    }

    @Test
    void anUnknownCallIsAFriendlyMessage() {
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/call/?id=" + UUID.randomUUID());
            String text = browser.find("[role=alert]").getText();
            assertThat(text).contains("This call could not be shown", "does not exist");
            assertThat(browser.find("body").getText()).doesNotContain("/problems/", "requestId", "{\"");
            browser.open("app/call/?id=not-an-id");
            assertThat(browser.find("[role=alert]").getText()).contains("This call could not be shown");
            assertThat(browser.find("body").getText()).doesNotContain("/problems/", "requestId", "{\"");
        }
    }

    @Test
    void messagesComeUnreadFirstAndCanBeMarkedReadAndUnread() throws Exception {
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/messages/").checkPage();
            List<WebElement> unread = browser.all("[data-test=unread-section] [data-test=message]");
            assertThat(unread).hasSize(3);
            assertThat(unread.get(0).getText()).contains("Olivia Martinez");
            assertThat(browser.all("[data-test=read-section] [data-test=message]")).hasSize(2);
            assertThat((Boolean) browser.script("const u = document.querySelector('[data-test=unread-section]'),"
                    + " r = document.querySelector('[data-test=read-section]');"
                    + " return !!(u.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING)")).as("unread before read").isTrue();
            WebElement priya = message(browser, salon.urgentMessage);
            assertThat(priya.findElement(org.openqa.selenium.By.cssSelector("[data-test=urgent]")).getText()).contains("Urgent");
            assertThat(priya.findElement(org.openqa.selenium.By.cssSelector("[data-test=call-back]")).getAttribute("href"))
                    .isEqualTo("tel:+16465550123");
            assertThat(browser.find("[data-test=unread-badge]").getText()).contains("3");
            browser.screenshot("messages");

            priya.findElement(org.openqa.selenium.By.cssSelector("[data-test=toggle-read]")).click();
            browser.waitUntil("marked read", () -> message(browser, salon.urgentMessage).getText().contains("Mark as unread"));
            browser.waitUntil("badge down to 2", () -> browser.find("[data-test=unread-badge]").getText().contains("2"));
            assertThat(rows.readAt(salon.urgentMessage)).as("read in the database").isNotNull();

            browser.open("app/messages/");
            assertThat(browser.all("[data-test=unread-section] [data-test=message]")).hasSize(2);
            message(browser, salon.urgentMessage).findElement(org.openqa.selenium.By.cssSelector("[data-test=toggle-read]")).click();
            browser.waitUntil("badge back to 3", () -> browser.find("[data-test=unread-badge]").getText().contains("3"));
            assertThat(rows.readAt(salon.urgentMessage)).as("unread in the database").isNull();

            browser.click("[data-test=unread-tab]");
            assertThat(browser.all("[data-test=read-section]")).isEmpty();
            assertThat(browser.all("[data-test=unread-section] [data-test=message]")).hasSize(3);
        }
    }

    @Test
    void usageShowsMinutesAChartAndWarnsAt80And95Percent() throws Exception {
        JsonObject status = DashboardData.ok(salon.owner.get("api/usage/status"));
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/usage/").checkPage();
            assertThat(browser.find("[data-test=minutes-used]").getText())
                    .isEqualTo(status.getInt("minutesUsed") + " of 30 included");
            assertThat(browser.find("[data-test=usage-bar]").getAttribute("aria-valuetext")).isEqualTo(status.getInt("percentUsed") + "% used");
            browser.waitUntil("the chart drawn", () -> Boolean.TRUE.equals(browser.script(
                    "return !!window.Chart && !!window.Chart.getChart(document.getElementById('daily-chart'))")));
            assertThat(browser.all("[data-test=months] tbody tr")).hasSize(6);
            browser.screenshot("usage");
        }

        Owner nearly = api.signUp("Eighty Percent Plumbing");
        DashboardData.useMinutes(rows, nearly, 25);
        try (Browser browser = Browser.desktop(server).logIn(nearly)) {
            browser.open("app/usage/").checkPage();
            WebElement warning = browser.find("[data-test=usage-warning]");
            assertThat(warning.getAttribute("data-level")).isEqualTo("warn");
            assertThat(warning.getText()).contains("You have used 83% of your minutes", "5 minutes are left");
            browser.screenshot("usage-warning");
        }

        Owner almost = api.signUp("Ninety Five Percent Dental");
        DashboardData.useMinutes(rows, almost, 29);
        try (Browser browser = Browser.desktop(server).logIn(almost)) {
            browser.open("app/usage/");
            WebElement warning = browser.find("[data-test=usage-warning]");
            assertThat(warning.getAttribute("data-level")).isEqualTo("danger");
            assertThat(warning.getText()).contains("You have used 96% of your minutes", "Only 1 minute is left");
        }

        Owner calm = api.signUp("Quiet Bookshop");
        DashboardData.useMinutes(rows, calm, 5);
        try (Browser browser = Browser.desktop(server).logIn(calm)) {
            browser.open("app/usage/");
            assertThat(browser.find("[data-test=minutes-used]").getText()).isEqualTo("5 of 30 included");
            assertThat(browser.all("[data-test=usage-warning]")).isEmpty();
        }
    }

    @Test
    void billingShowsThePlanAndNoticesForEndingTrialsAndFailedPayments() throws Exception {
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/billing/").checkPage();
            assertThat(browser.find("[data-test=plan-name]").getText()).isEqualTo("Free trial");
            assertThat(browser.find("[data-test=plan-status]").getText()).isEqualTo("Free trial");
            // this test server takes no payments: said plainly, and the buttons wait for it
            assertThat(browser.find("[data-test=billing-not-configured]").getText()).contains("Online payments are not switched on");
            assertThat(browser.find("[data-test=buy-starter]").isEnabled()).isFalse();
            assertThat(browser.find("[data-test=manage-billing]").isEnabled()).isFalse();
            assertThat(browser.all("[data-test=plan-notice]")).as("a trial with two weeks left needs no notice").isEmpty();
            browser.screenshot("billing");
        }

        Owner ending = api.signUp("Trial Ending Florist");
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement signedUpEarlier = db.prepareStatement("UPDATE businesses SET created_at = ? WHERE id = ?")) {
            signedUpEarlier.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(11)).minus(Duration.ofHours(1))));
            signedUpEarlier.setObject(2, UUID.fromString(ending.businessId()));
            assertThat(signedUpEarlier.executeUpdate()).isEqualTo(1);
        }
        try (Browser browser = Browser.desktop(server).logIn(ending)) {
            browser.open("app/").checkPage();
            assertThat(browser.find("[data-test=plan-notice]").getText()).contains("Your free trial ends in 3 days", "Choose a plan");
            browser.screenshot("notice-trial-ending");
        }

        Owner pastDue = api.signUp("Payment Failed Garage");
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement subscription = db.prepareStatement("INSERT INTO subscriptions (business_id, plan_code, status,"
                     + " stripe_customer_id, stripe_subscription_id, current_period_start, current_period_end, past_due_since,"
                     + " updated_at) VALUES (?, 'starter', 'past_due', ?, ?, ?, ?, ?, ?)")) {
            Instant now = Instant.now();
            subscription.setObject(1, UUID.fromString(pastDue.businessId()));
            subscription.setString(2, "cus_" + pastDue.businessId().substring(0, 8));
            subscription.setString(3, "sub_" + pastDue.businessId().substring(0, 8));
            subscription.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(3))));
            subscription.setTimestamp(5, Timestamp.from(now.plus(Duration.ofDays(27))));
            subscription.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(1))));
            subscription.setTimestamp(7, Timestamp.from(now));
            subscription.executeUpdate();
        }
        try (Browser browser = Browser.desktop(server).logIn(pastDue)) {
            browser.open("app/billing/").checkPage();
            assertThat(browser.find("[data-test=plan-notice]").getText()).contains("Your last payment failed");
            assertThat(browser.find("[data-test=plan-name]").getText()).isEqualTo("Starter");
            assertThat(browser.find("[data-test=plan-status]").getText()).isEqualTo("Payment failed");
            browser.screenshot("billing-past-due");
            browser.open("app/calls/");
            assertThat(browser.find("[data-test=plan-notice]").getText()).contains("Your last payment failed", "Update payment");
        }
    }

    @Test
    void settingsSaveEachSectionAndShowErrorsWhereTheyAre() {
        Owner owner = api.signUp("Settings Bistro");
        DashboardData.setUp(owner, "Settings Bistro");
        try (Browser browser = Browser.desktop(server).logIn(owner)) {
            browser.open("app/settings/").checkPage();
            browser.type("#voice-greeting", "Hello from Settings Bistro! How can I help?");
            browser.click("[data-test=save-voice]");
            browser.find("[data-test=saved-voice]");
            assertThat(DashboardData.ok(owner.get("api/agents")).getString("greeting")).isEqualTo("Hello from Settings Bistro! How can I help?");

            browser.type("#msg-transfer", "12");
            browser.click("[data-test=save-messages]");
            assertThat(browser.find("#msg-transfer-error").getText()).contains("not a valid phone number");
            assertThat(browser.find("#msg-transfer").getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("settings-error");
            browser.type("#msg-transfer", "(415) 555-0111");
            browser.click("[data-test=save-messages]");
            browser.find("[data-test=saved-messages]");
            assertThat(DashboardData.ok(owner.get("api/agents")).getJsonObject("messageSettings").getString("transferNumber"))
                    .isEqualTo("+14155550111");

            browser.click("input[aria-label='Sunday open']");
            browser.setValue("[data-test=opens-sunday-0]", "10:00").setValue("[data-test=closes-sunday-0]", "14:00");
            browser.click("[data-test=save-hours]");
            browser.find("[data-test=saved-hours]");
            assertThat(DashboardData.ok(owner.get("api/agents")).getJsonObject("hours").getJsonObject("weekly")
                    .getJsonArray("sunday").getJsonObject(0).getString("opens")).isEqualTo("10:00");
            browser.open("app/settings/").checkPage().screenshot("settings", 1500);
        }
    }

    @Test
    void tryYourAgentAnswersLikeOnThePhoneAndStoresNothing() {
        int messagesBefore = DashboardData.ok(salon.owner.get("api/messages")).getInt("total");
        try (Browser browser = Browser.desktop(server).logIn(salon.owner)) {
            browser.open("app/settings/#try").checkPage();
            browser.find("[data-test=try-log]");
            assertThat(browser.all("[data-test=try-agent]")).as("nothing said before the owner starts").isEmpty();

            browser.type("#try-text", "Do you take walk-ins?").click("[data-test=try-send]");
            browser.waitUntil("the greeting and the answer", () -> browser.all("[data-test=try-agent]").size() >= 2);
            List<String> said = browser.all("[data-test=try-agent]").stream().map(WebElement::getText).toList();
            assertThat(said.get(0)).contains("Thanks for calling Bella Hair Studio, this is Mia.");
            assertThat(String.join(" ", said)).contains("Yes for cuts, when a stylist is free.");
            assertThat(browser.all("[data-test=try-caller]")).singleElement()
                    .satisfies(line -> assertThat(line.getText()).contains("Do you take walk-ins?"));
            browser.findWithText("[data-test=try-tool]", "Answered from your FAQs");
            assertThat(browser.find("#try-text").getAttribute("value")).as("the box is empty for the next line").isEmpty();
            browser.checkPage().screenshotOf("#try", "settings-try");

            browser.type("#try-text", "Thanks, bye").click("[data-test=try-send]");
            browser.findWithText("[data-test=try-tool]", "The call has ended");
            browser.click("[data-test=try-restart]");
            browser.waitUntil("a fresh chat", () -> browser.all("[data-test=try-agent]").isEmpty());
        }
        assertThat(DashboardData.ok(salon.owner.get("api/messages")).getInt("total")).as("a trial stores nothing")
                .isEqualTo(messagesBefore);
    }

    @Test
    void notificationsShowWhatWasDeliveredWhatWaitsAndWhatFailed() throws SQLException {
        Owner owner = api.signUp("Notified Plumbing");
        DashboardData.setUp(owner, "Notified Plumbing");
        Instant now = Instant.now();
        rows.notification(owner.businessId(), "NEW_MESSAGE", "EMAIL", "owner@notified.example",
                "New message from Dana Reyes", "SENT", 1, null, now.minusSeconds(3_600));
        rows.notification(owner.businessId(), "URGENT_MESSAGE", "SMS", "+14155550188",
                null, "FAILED", 8, "the number cannot receive text messages", now.minusSeconds(1_800));
        rows.notification(owner.businessId(), "USAGE_ALERT", "EMAIL", "owner@notified.example",
                "You have used 80% of your minutes", "PENDING", 2, "connection refused by the mail server", now.minusSeconds(60));
        try (Browser browser = Browser.desktop(server).logIn(owner)) {
            browser.open("app/notifications/").checkPage();
            List<WebElement> items = browser.all("[data-test=notification]");
            assertThat(items).hasSize(3);
            assertThat(items.get(0).getText()).contains("You have used 80% of your minutes", "Retrying",
                    "Attempt 2 did not get through: connection refused by the mail server");
            assertThat(items.get(1).getText()).contains("Urgent message", "Failed", "Text to (415) 555-0188",
                    "Not delivered: the number cannot receive text messages");
            assertThat(items.get(2).getText()).contains("New message from Dana Reyes", "Delivered", "E-mail to owner@notified.example");
            assertThat(browser.find("[data-test=delivery-trouble]").getText()).contains("1 notification could not be delivered");
            assertThat(browser.find("[data-test=notification-trouble]").getText()).contains("1");
            browser.screenshot("notifications");
            browser.checkSkipLinkFirst();

            browser.click("[data-test=sms-NEW_MESSAGE]").click("[data-test=email-DAILY_DIGEST]").click("[data-test=save-channels]");
            browser.find("[data-test=saved-channels]");
        }
        List<JsonObject> events = DashboardData.ok(owner.get("api/notifications/settings")).getJsonArray("events")
                .getValuesAs(JsonObject.class);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.getString("event")).isEqualTo("NEW_MESSAGE");
            assertThat(event.getBoolean("email")).isTrue();
            assertThat(event.getBoolean("sms")).isTrue();
        }).anySatisfy(event -> {
            assertThat(event.getString("event")).isEqualTo("DAILY_DIGEST");
            assertThat(event.getBoolean("email")).isTrue();
        });
        // another owner sees none of them
        Owner other = api.signUp("Other Plumbing");
        try (Browser browser = Browser.desktop(server).logIn(other)) {
            browser.open("app/notifications/").checkPage();
            browser.findWithText(".empty h3", "Nothing sent yet");
            assertThat(browser.all("[data-test=notification]")).isEmpty();
            assertThat(browser.all("[data-test=notification-trouble]")).isEmpty();
        }
    }

    @Test
    void everyPageFitsAPhone() {
        try (Browser phone = Browser.phone(server)) {
            phone.open("").checkPage().screenshot("mobile-landing", 1624);
            phone.open("signup/").checkPage().screenshot("mobile-signup", 1624);
            phone.logIn(salon.owner);
            phone.open("app/").checkPage().screenshot("mobile-overview", 1624);
            phone.open("app/calls/").checkPage().screenshot("mobile-calls", 1624);
            phone.open("app/call/?id=" + salon.callWithMessage).checkPage().screenshot("mobile-call", 1624);
            phone.open("app/messages/").checkPage().screenshot("mobile-messages", 1624);
            phone.open("app/usage/").checkPage().screenshot("mobile-usage", 1624);
            phone.open("app/billing/").checkPage().screenshot("mobile-billing", 1624);
            phone.open("app/settings/").checkPage().screenshot("mobile-settings", 1624);
            phone.open("app/notifications/").checkPage().screenshot("mobile-notifications", 1624);
            phone.open("app/setup/?step=3").checkPage().screenshot("mobile-setup-hours", 1624);

            // the menu is a drawer behind a button
            phone.open("app/");
            assertThat(phone.all("#sidebar a[href='/app/messages/']")).as("menu closed").isEmpty();
            phone.click(".menu-button");
            phone.find("#sidebar a[href='/app/messages/']");
            phone.screenshot("mobile-menu", 812);
            phone.click("#sidebar a[href='/app/messages/']").waitForUrl("app/messages/");
        }
    }

    @Test
    void anExpiredSessionGoesToLogInAndBack() {
        Owner owner = api.signUp("Expiring Cafe");
        try (Browser browser = Browser.desktop(server).logIn(owner)) {
            browser.open("app/messages/");
            assertThat(browser.find("h1").getText()).isEqualTo("Messages");
            assertThat(owner.post("api/auth/logout", null).status()).isEqualTo(204);

            browser.click("a[href='/app/usage/']");
            browser.waitForUrl("login/?next=%2Fapp%2Fusage%2F&reason=expired");
            assertThat(browser.find("[data-test=login-notice]").getText()).contains("Your session has ended");
            browser.type("#email", owner.email()).type("#password", DashboardData.PASSWORD).click("button[type=submit]");
            browser.waitForUrl("app/usage/");
            assertThat(browser.find("h1").getText()).isEqualTo("Usage");
        }
    }

    private static WebElement message(Browser browser, UUID id) {
        return browser.find("[data-message='" + id + "']");
    }
}
