package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.billing.StripeCatalogSync;
import ai.tavari.adapters.billing.StripeClients;
import ai.tavari.adapters.billing.StripeMeter;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import ai.tavari.bootstrap.launcher.server.PayaraServer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Buying a plan and managing it from the billing page, on a server of its own that takes payments
 * through a local fake Stripe (the shared test server has no Stripe key): "Choose Starter" sends
 * the browser to Stripe Checkout, "Manage billing" to the Billing Portal, and an owner who has
 * nothing to manage yet is told so in words.
 */
class DashboardBillingIT {
    /** A price of this server's own, so the billing page shows the catalogue it is given, not one it knows. */
    private static final String GROWTH_PRICE = "549.00";
    private static FakeStripe stripe;
    private static LauncherProcess launcher;
    private static Path home;
    private static URI base;
    private static OwnerApi api;

    @BeforeAll
    static void start() {
        stripe = new FakeStripe();
        new StripeCatalogSync(StripeClients.create(Optional.of(FakeStripe.KEY), Optional.of(stripe.base())).orElseThrow(),
                StripeMeter.DEFAULT_EVENT_NAME).sync(ConfiguredPlans.read(key ->
                key.equals(ConfiguredPlans.PLAN_PREFIX + "growth.monthly-price") ? Optional.of(GROWTH_PRICE)
                        : Optional.empty()).plans());
        int port = LauncherProcess.freePort();
        home = LauncherProcess.newHome("dashboard-billing");
        LauncherProcess.Builder builder = LauncherProcess.builder("e2e-dashboard-billing").home(home).port(port)
                .env("TAVARI_JAVA_OPTS", "-Xmx512m -Xshare:auto");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("tavari.e2e.env."))
                .forEach(name -> builder.env(name.substring("tavari.e2e.env.".length()), System.getProperty(name)));
        Map.of("STRIPE_SECRET_KEY", FakeStripe.KEY, "STRIPE_API_BASE", stripe.base(),
                "TAVARI_BILLING_PLAN_GROWTH_MONTHLY_PRICE", GROWTH_PRICE).forEach(builder::env);
        launcher = builder.start();
        base = URI.create("http://localhost:" + port + "/");
        assertThat(launcher.awaitOutput("Tavari is running at " + base, TavariServer.START_TIMEOUT))
                .as("the billing server started; output in " + launcher.outputFile() + "\n" + launcher.tail(40)).isTrue();
        api = new OwnerApi(base);
    }

    @AfterAll
    static void stop() {
        if (launcher != null) {
            launcher.close();
        }
        TavariServer.deleteRecursively(home);
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void thePlansOnSaleComeFromThisServersCatalogue() {
        Owner owner = api.signUp("Plans Cafe");
        List<JsonObject> plans = DashboardData.ok(owner.get("api/billing/plans")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(plans).extracting(plan -> plan.getString("code")).containsExactly("starter", "growth");
        assertThat(plans.get(1).getString("monthlyPrice")).isEqualTo(GROWTH_PRICE);
        assertThat(plans.get(1).getString("overagePricePerMinute")).isEqualTo("0.25");
        assertThat(plans.get(0).containsKey("overagePricePerMinute")).as("Starter sells no extra minutes").isFalse();
        assertThat(api.anonymous("GET", "api/billing/plans", null).status()).isEqualTo(401);
    }

    /**
     * The HTTP workers also carry every live call's audio, and there are few of them: checkouts
     * waiting on a Stripe that hangs must not take them all, or every call on the server would go
     * silent. More checkouts than workers wait on Stripe; the server still answers meanwhile.
     */
    @Test
    void checkoutsWaitingOnAHangingStripeHoldNoneOfTheServersWorkers() throws Exception {
        Owner owner = api.signUp("Hanging Stripe Cafe");
        assertThat(owner.post("api/billing/checkout", "{\"plan\":\"starter\"}").status())
                .as("the first checkout creates the customer").isEqualTo(200);
        int checkouts = PayaraServer.HTTP_WORKER_THREADS + 8;
        ExecutorService browsers = Executors.newFixedThreadPool(checkouts);
        stripe.hold("/v1/checkout/sessions");
        try {
            List<Future<OwnerApi.Answer>> waiting = new ArrayList<>();
            for (int i = 0; i < checkouts; i++) {
                waiting.add(browsers.submit(() -> owner.post("api/billing/checkout", "{\"plan\":\"starter\"}")));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (stripe.heldRequests() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(stripe.heldRequests()).as("checkouts reached the hanging Stripe").isPositive();

            assertThat(owner.get("api/billing/status").status()).isEqualTo(200);
            assertThat(waiting).as("answered while every checkout still waited on Stripe").noneMatch(Future::isDone);

            stripe.release();
            for (Future<OwnerApi.Answer> checkout : waiting) {
                assertThat(checkout.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            stripe.release();
            browsers.shutdownNow();
        }
    }

    @Test
    void choosingAPlanOpensCheckoutAndManagingOpensThePortal() throws Exception {
        Owner owner = api.signUp("Checkout Cafe");
        try (Browser browser = Browser.recordingNavigation(base)) {
            browser.driver().get(base.resolve("login/").toString());
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie.Builder("tavari_session", owner.token())
                    .path("/").isHttpOnly(true).build());

            browser.open("app/billing/").checkPage();
            assertThat(browser.all("[data-test=billing-not-configured]")).isEmpty();
            assertThat(browser.find("[data-test=plan-status]").getText()).isEqualTo("Free trial");

            assertThat(browser.find("[data-test=buy-starter]").isEnabled()).isTrue();
            assertThat(browser.all(".plan")).hasSize(2);
            assertThat(browser.find("[data-plan=starter]").getText())
                    .contains("Starter", "$199", "750 minutes of calls a month", "2 calls answered at once");
            assertThat(browser.find("[data-plan=growth]").getText())
                    .contains("Growth", "$549", "1,900 minutes of calls a month", "5 calls answered at once",
                            "Extra minutes at $0.25 each");
            browser.screenshot("billing-configured");

            // nothing bought yet: nothing to manage, said in words
            browser.click("[data-test=manage-billing]");
            assertThat(browser.find("[data-test=billing-info]").getText()).contains("You don't have a paid plan yet");

            browser.click("[data-test=buy-starter]");
            browser.waitUntil("the browser goes to Stripe Checkout", () -> browser.navigatedTo("https://checkout.stripe.test/c/pay/"));
            assertThat(stripe.requests("POST", "/v1/checkout/sessions")).hasSize(1);

            // once subscribed (as the webhook would record it), the portal opens
            String customer = "cus_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            subscribe(owner, customer);
            browser.open("app/billing/");
            assertThat(browser.find("[data-test=plan-name]").getText()).isEqualTo("Starter");
            assertThat(browser.find("[data-test=plan-status]").getText()).isEqualTo("Active");
            assertThat(browser.find("[data-test=buy-starter]").getText()).isEqualTo("Your current plan");
            browser.click("[data-test=manage-billing]");
            browser.waitUntil("the browser goes to the Billing Portal",
                    () -> browser.navigatedTo("https://billing.stripe.test/p/session/" + customer));
        }
    }

    @Test
    void checkoutReturnsToTheBillingPageWithAThankYou() {
        Owner owner = api.signUp("Returning Cafe");
        try (Browser browser = Browser.recordingNavigation(base)) {
            browser.driver().get(base.resolve("login/").toString());
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie.Builder("tavari_session", owner.token())
                    .path("/").isHttpOnly(true).build());
            // Stripe sends the owner back to /billing?checkout=success
            browser.driver().get(base.resolve("billing?checkout=success").toString());
            browser.waitForUrl("app/billing/?checkout=success");
            assertThat(browser.find("[data-test=checkout-success]").getText()).contains("Thank you");
            browser.driver().get(base.resolve("billing?checkout=cancel").toString());
            browser.waitForUrl("app/billing/?checkout=cancel");
            assertThat(browser.find("#main").getText()).contains("Checkout canceled", "Nothing was charged");
        }
    }

    /** The subscription the Stripe webhook would have stored after checkout. */
    private static void subscribe(Owner owner, String customer) throws Exception {
        try (Connection db = EmbeddedDb.connect(home);
             PreparedStatement insert = db.prepareStatement("INSERT INTO subscriptions (business_id, plan_code, status,"
                     + " stripe_customer_id, stripe_subscription_id, current_period_start, current_period_end, updated_at)"
                     + " VALUES (?, 'starter', 'active', ?, ?, ?, ?, ?)")) {
            Instant now = Instant.now();
            insert.setObject(1, UUID.fromString(owner.businessId()));
            insert.setString(2, customer);
            insert.setString(3, "sub_" + owner.businessId().substring(0, 8));
            insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(1))));
            insert.setTimestamp(5, Timestamp.from(now.plus(Duration.ofDays(29))));
            insert.setTimestamp(6, Timestamp.from(now));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
