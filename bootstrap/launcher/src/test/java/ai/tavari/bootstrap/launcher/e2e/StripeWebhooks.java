package ai.tavari.bootstrap.launcher.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe events as Stripe sends them (API version {@code 2026-07-29.dahlia}, shapes of the stripe
 * reference) and their delivery to {@code POST /api/billing/webhook}, signed with Stripe's v1
 * scheme: HMAC-SHA256 of {@code "<t>.<body>"} keyed with the endpoint secret, in hex.
 */
final class StripeWebhooks {
    /** Must match {@code tavari.e2e.env.STRIPE_WEBHOOK_SECRET} in this module's failsafe settings. */
    static final String SECRET = "whsec_e2e_tavari_test_secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI webhook;

    StripeWebhooks(URI serverBase) {
        this.webhook = serverBase.resolve("api/billing/webhook");
    }

    /** Delivers the event signed now; the HTTP status. */
    int deliver(String payload) {
        long now = Instant.now().getEpochSecond();
        return post(payload, "t=" + now + ",v1=" + hmac(SECRET, now + "." + payload)).statusCode();
    }

    HttpResponse<String> post(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("webhook delivery failed: " + e, e);
        }
    }

    static String hmac(String secret, String signedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String event(String id, String type, long created, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\",\"created\":" + created
                + ",\"type\":\"" + type + "\",\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"data\":{\"object\":" + object + "}}";
    }

    static String checkoutSession(String businessId, String customer, String subscription, String plan) {
        return "{\"id\":\"cs_test_" + subscription + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
                + "\"status\":\"complete\",\"payment_status\":\"paid\",\"client_reference_id\":\"" + businessId
                + "\",\"metadata\":{\"business_id\":\"" + businessId + "\",\"plan\":\"" + plan + "\"},\"customer\":\"" + customer
                + "\",\"subscription\":\"" + subscription + "\",\"livemode\":false}";
    }

    /** A subscription to the plan's monthly price (found by its lookup key), in the given period. */
    static String subscription(String id, String customer, String status, String businessId, String plan,
                               long periodStart, long periodEnd) {
        return "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"customer\":\"" + customer + "\",\"status\":\""
                + status + "\",\"created\":" + periodStart + ",\"start_date\":" + periodStart
                + ",\"cancel_at_period_end\":false,\"cancel_at\":null,\"canceled_at\":null,\"ended_at\":null,"
                + "\"metadata\":{\"business_id\":\"" + businessId + "\",\"plan\":\"" + plan + "\"},"
                + "\"items\":{\"object\":\"list\",\"has_more\":false,\"data\":[{\"id\":\"si_" + id + "\","
                + "\"object\":\"subscription_item\",\"quantity\":1,\"current_period_start\":" + periodStart
                + ",\"current_period_end\":" + periodEnd + ",\"price\":{\"id\":\"price_" + plan + "\",\"object\":\"price\","
                + "\"lookup_key\":\"tavari_" + plan + "_monthly\",\"currency\":\"usd\",\"unit_amount\":19900,"
                + "\"type\":\"recurring\",\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\"licensed\"}}}]},"
                + "\"livemode\":false}";
    }

    static String invoice(String subscription, String customer, boolean paid, long periodStart, long periodEnd) {
        return "{\"id\":\"in_" + subscription + (paid ? "p" : "f") + "\",\"object\":\"invoice\",\"customer\":\"" + customer
                + "\",\"status\":\"" + (paid ? "paid" : "open") + "\",\"billing_reason\":\"subscription_cycle\","
                + "\"currency\":\"usd\",\"amount_due\":19900,\"amount_paid\":" + (paid ? 19900 : 0)
                + ",\"attempt_count\":1,\"period_start\":" + periodStart + ",\"period_end\":" + periodEnd
                + ",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\""
                + subscription + "\",\"metadata\":{}}},\"lines\":{\"object\":\"list\",\"has_more\":false,\"data\":[]},"
                + "\"livemode\":false}";
    }
}
