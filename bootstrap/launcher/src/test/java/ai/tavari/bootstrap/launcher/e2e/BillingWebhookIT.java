package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business's subscription through Stripe's signed webhooks on the real server: checkout, active,
 * payment failed, recovered, canceled; a duplicate changes nothing and a forged one is refused.
 */
@ExtendWith(RunningTavari.class)
class BillingWebhookIT {
    /** Must match {@code tavari.e2e.env.STRIPE_WEBHOOK_SECRET} in this module's failsafe settings. */
    static final String SECRET = "whsec_e2e_tavari_test_secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long PERIOD_START = 1_795_500_000L;
    private static final long PERIOD_END = PERIOD_START + 30L * 24 * 3600;

    @Test
    void subscriptionFollowsCheckoutPaymentFailureRecoveryAndCancellation(TavariServer server) throws Exception {
        OwnerApi.Owner owner = new OwnerApi(server).signUp("Webhook Salon");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String customer = "cus_" + suffix;
        String subscriptionId = "sub_" + suffix;
        long t = PERIOD_START;

        assertThat(deliver(server, event("evt_1" + suffix, "checkout.session.completed", t,
                checkoutSession(owner.businessId(), customer, subscriptionId)))).isEqualTo(200);
        assertThat(deliver(server, event("evt_2" + suffix, "customer.subscription.updated", t + 10,
                subscription(subscriptionId, customer, "active", owner.businessId())))).isEqualTo(200);
        assertThat(state(server, owner)).isEqualTo("active");

        assertThat(deliver(server, event("evt_3" + suffix, "invoice.payment_failed", t + 20,
                invoice(subscriptionId, customer, false)))).isEqualTo(200);
        assertThat(state(server, owner)).isEqualTo("past_due");

        String paid = event("evt_4" + suffix, "invoice.paid", t + 30, invoice(subscriptionId, customer, true));
        assertThat(deliver(server, paid)).isEqualTo(200);
        assertThat(state(server, owner)).isEqualTo("active");

        assertThat(deliver(server, event("evt_5" + suffix, "customer.subscription.deleted", t + 40,
                subscription(subscriptionId, customer, "canceled", owner.businessId())))).isEqualTo(200);
        assertThat(state(server, owner)).isEqualTo("canceled");

        assertThat(deliver(server, paid)).as("a repeated delivery is acknowledged").isEqualTo(200);
        assertThat(state(server, owner)).as("and changes nothing").isEqualTo("canceled");
    }

    @Test
    void forgedOrStaleDeliveriesAreRefusedAsProblems(TavariServer server) throws Exception {
        String payload = event("evt_forged_" + UUID.randomUUID(), "invoice.paid", PERIOD_START,
                invoice("sub_x", "cus_x", true));
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = post(server, payload, "t=" + now + ",v1=" + hmac("not-the-secret", now + "." + payload));
        HttpResponse<String> stale = post(server, payload, "t=" + (now - 3600) + ",v1=" + hmac(SECRET, (now - 3600) + "." + payload));
        HttpResponse<String> unsigned = post(server, payload, null);

        for (HttpResponse<String> response : java.util.List.of(forged, stale, unsigned)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    private static String state(TavariServer server, OwnerApi.Owner owner) throws Exception {
        try (Connection db = EmbeddedDb.connect(server.home())) {
            return EmbeddedDb.queryString(db, "SELECT status FROM subscriptions WHERE business_id = '" + owner.businessId() + "'");
        }
    }

    private static int deliver(TavariServer server, String payload) throws Exception {
        long now = Instant.now().getEpochSecond();
        return post(server, payload, "t=" + now + ",v1=" + hmac(SECRET, now + "." + payload)).statusCode();
    }

    private static HttpResponse<String> post(TavariServer server, String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(URI.create("api/billing/webhook")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stripe's v1 scheme: HMAC-SHA256 of "timestamp.payload", hex. */
    private static String hmac(String secret, String signedPayload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
    }

    private static String event(String id, String type, long created, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\",\"created\":" + created
                + ",\"type\":\"" + type + "\",\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"data\":{\"object\":" + object + "}}";
    }

    private static String checkoutSession(String businessId, String customer, String subscription) {
        return "{\"id\":\"cs_test_" + subscription + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
                + "\"status\":\"complete\",\"payment_status\":\"paid\",\"client_reference_id\":\"" + businessId
                + "\",\"metadata\":{\"business_id\":\"" + businessId + "\",\"plan\":\"starter\"},\"customer\":\"" + customer
                + "\",\"subscription\":\"" + subscription + "\",\"livemode\":false}";
    }

    private static String subscription(String id, String customer, String status, String businessId) {
        return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"customer\":\"" + customer + "\",\"status\":\""
                + status + "\",\"created\":" + PERIOD_START + ",\"start_date\":" + PERIOD_START
                + ",\"cancel_at_period_end\":false,\"cancel_at\":null,\"canceled_at\":null,\"ended_at\":null,"
                + "\"metadata\":{\"business_id\":\"" + businessId + "\",\"plan\":\"starter\"},"
                + "\"items\":{\"object\":\"list\",\"has_more\":false,\"data\":[{\"id\":\"si_" + id + "\","
                + "\"object\":\"subscription_item\",\"quantity\":1,\"current_period_start\":" + PERIOD_START
                + ",\"current_period_end\":" + PERIOD_END + ",\"price\":{\"id\":\"price_Starter\",\"object\":\"price\","
                + "\"lookup_key\":\"starter\",\"currency\":\"usd\",\"unit_amount\":19900,\"type\":\"recurring\","
                + "\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\"licensed\"}}}]},"
                + "\"livemode\":false}";
    }

    private static String invoice(String subscription, String customer, boolean paid) {
        return "{\"id\":\"in_" + subscription + (paid ? "p" : "f") + "\",\"object\":\"invoice\",\"customer\":\"" + customer
                + "\",\"status\":\"" + (paid ? "paid" : "open") + "\",\"billing_reason\":\"subscription_cycle\","
                + "\"currency\":\"usd\",\"amount_due\":19900,\"amount_paid\":" + (paid ? 19900 : 0)
                + ",\"attempt_count\":1,\"period_start\":" + PERIOD_START + ",\"period_end\":" + PERIOD_END
                + ",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\""
                + subscription + "\",\"metadata\":{}}},\"lines\":{\"object\":\"list\",\"has_more\":false,\"data\":[]},"
                + "\"livemode\":false}";
    }
}
