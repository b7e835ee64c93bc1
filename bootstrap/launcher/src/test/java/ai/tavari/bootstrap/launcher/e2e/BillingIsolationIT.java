package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.checkoutSession;
import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.event;
import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.billing.StripeCatalogSync;
import ai.tavari.adapters.billing.StripeClients;
import ai.tavari.adapters.billing.StripeMeter;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Billing with Stripe configured, against a local fake Stripe whose catalogue the sync created. It
 * needs a server of its own (the shared one runs without Stripe keys): every billing endpoint acts
 * for the caller's business only, whatever the request says, and Stripe failures are problems the
 * owner can act on (503 to try again, 502 when Stripe refused), never a generic error.
 */
class BillingIsolationIT {
    private static final long DAY = 86_400;
    private static FakeStripe stripe;
    private static LauncherProcess launcher;
    private static Path home;
    private static URI base;
    private static OwnerApi api;

    @BeforeAll
    static void start() {
        stripe = new FakeStripe();
        new StripeCatalogSync(StripeClients.create(Optional.of(FakeStripe.KEY), Optional.of(stripe.base())).orElseThrow(),
                StripeMeter.DEFAULT_EVENT_NAME).sync(ConfiguredPlans.read(key -> Optional.empty()).plans());
        int port = LauncherProcess.freePort();
        home = LauncherProcess.newHome("billing");
        LauncherProcess.Builder builder = LauncherProcess.builder("e2e-billing").home(home).port(port)
                .env("TAVARI_JAVA_OPTS", "-Xmx512m -Xshare:auto");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("tavari.e2e.env."))
                .forEach(name -> builder.env(name.substring("tavari.e2e.env.".length()), System.getProperty(name)));
        Map.of("STRIPE_SECRET_KEY", FakeStripe.KEY, "STRIPE_API_BASE", stripe.base(),
                "STRIPE_WEBHOOK_SECRET", StripeWebhooks.SECRET).forEach(builder::env);
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
        stripe.close();
    }

    @Test
    void everyBillingEndpointActsForTheCallersBusinessOnly() {
        Owner a = api.signUp("Isolation A Plumbing");
        Owner b = api.signUp("Isolation B Plumbing");
        String customerOfA = subscribe(a);

        JsonObject statusOfA = a.get("api/billing/status").object();
        JsonObject statusOfB = b.get("api/billing/status").object();
        assertThat(statusOfA.getString("status")).isEqualTo("active");
        assertThat(statusOfA.getJsonObject("plan").getString("code")).isEqualTo("starter");
        assertThat(statusOfB.getString("status")).isEqualTo("trialing");
        assertThat(statusOfB.getJsonObject("plan").getString("code")).isEqualTo("trial");
        assertThat(statusOfB.getBoolean("billingConfigured")).isTrue();
        assertThat(b.get("api/usage/status").object().getInt("minutesIncluded")).isEqualTo(30);

        Answer portalOfB = b.get("api/billing/portal");
        assertThat(portalOfB.status()).as(portalOfB.body()).isEqualTo(409);
        assertThat(portalOfB.object().getString("type")).isEqualTo("/problems/no-billing-account");
        assertThat(portalOfB.body()).doesNotContain(customerOfA);
        Answer portalOfA = a.get("api/billing/portal");
        assertThat(portalOfA.status()).as(portalOfA.body()).isEqualTo(200);
        assertThat(portalOfA.object().getString("url")).endsWith("/" + customerOfA);

        int sessions = stripe.requests("POST", "/v1/checkout/sessions").size();
        Answer naming = b.post("api/billing/checkout", "{\"plan\":\"starter\",\"businessId\":\"" + a.businessId()
                + "\",\"customer\":\"" + customerOfA + "\"}");
        assertThat(naming.status()).as("a body cannot name a business or customer: " + naming.body()).isEqualTo(400);
        assertThat(stripe.requests("POST", "/v1/checkout/sessions")).hasSize(sessions);
        Answer checkoutOfB = b.post("api/billing/checkout", "{\"plan\":\"starter\"}");
        assertThat(checkoutOfB.status()).as(checkoutOfB.body()).isEqualTo(200);
        Map<String, String> session = last("/v1/checkout/sessions").form();
        assertThat(session).containsEntry("client_reference_id", b.businessId())
                .containsEntry("metadata[business_id]", b.businessId())
                .containsEntry("subscription_data[metadata][business_id]", b.businessId());
        String customerOfB = session.get("customer");
        assertThat(customerOfB).isNotEqualTo(customerOfA);
        assertThat(last("/v1/customers").form()).containsEntry("metadata[business_id]", b.businessId())
                .containsEntry("email", b.email()).containsEntry("name", "Isolation B Plumbing");

        assertThat(a.post("api/billing/checkout", "{\"plan\":\"growth\"}").status()).isEqualTo(200);
        assertThat(last("/v1/checkout/sessions").form()).containsEntry("client_reference_id", a.businessId())
                .containsEntry("customer", customerOfA)
                .containsEntry("line_items[1][price]", stripe.activePriceId("tavari_growth_overage").orElseThrow());
        Answer portalOfBNow = b.get("api/billing/portal");
        assertThat(portalOfBNow.status()).as("B's customer exists since B's checkout").isEqualTo(200);
        assertThat(portalOfBNow.object().getString("url")).endsWith("/" + customerOfB);
        assertThat(stripe.requests("POST", "/v1/billing_portal/sessions")).extracting(r -> r.form().get("customer"))
                .as("A's customer only ever for A's one portal").containsOnlyOnce(customerOfA, customerOfB);
        assertThat(a.get("api/billing/status").object().getString("status")).as("A is untouched").isEqualTo("active");
    }

    @Test
    void stripeFailuresAreProblemsToRetryOrToReport() {
        Owner owner = api.signUp("Outage Florist");
        subscribe(owner);
        try {
            stripe.fail("/v1/billing_portal/sessions", 503);
            Answer down = owner.get("api/billing/portal");
            assertThat(down.status()).as(down.body()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.object().getString("type")).isEqualTo("/problems/billing-unavailable");
            assertThat(down.headers().firstValue("Retry-After")).contains("30");

            stripe.fail("/v1/checkout/sessions", 400);
            Answer refused = owner.post("api/billing/checkout", "{\"plan\":\"starter\"}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(502);
            assertThat(refused.object().getString("type")).isEqualTo("/problems/billing-provider-error");
            assertThat(refused.body()).doesNotContain("fake Stripe");
        } finally {
            stripe.heal();
        }
        assertThat(owner.get("api/billing/portal").status()).isEqualTo(200);
    }

    /** Checkout completed and an active Starter subscription, through signed webhooks; the owner's Stripe customer. */
    private static String subscribe(Owner owner) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String customer = "cus_" + suffix;
        long now = Instant.now().getEpochSecond();
        StripeWebhooks webhooks = new StripeWebhooks(base);
        assertThat(webhooks.deliver(event("evt_c" + suffix, "checkout.session.completed", now - 20,
                checkoutSession(owner.businessId(), customer, "sub_" + suffix, "starter")))).isEqualTo(200);
        assertThat(webhooks.deliver(event("evt_s" + suffix, "customer.subscription.created", now - 10,
                subscription("sub_" + suffix, customer, "active", owner.businessId(), "starter", now - DAY, now + 29 * DAY))))
                .isEqualTo(200);
        return customer;
    }

    private static FakeStripe.Request last(String path) {
        var requests = stripe.requests("POST", path);
        assertThat(requests).as(path).isNotEmpty();
        return requests.get(requests.size() - 1);
    }
}
