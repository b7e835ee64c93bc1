package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.checkoutSession;
import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.event;
import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.invoice;
import static ai.tavari.bootstrap.launcher.e2e.StripeWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business's subscription through Stripe's signed webhooks on the real server, as its owner sees
 * it in {@code /api/billing/status} and {@code /api/usage/status}: the trial, checkout, active,
 * payment failed, recovered, a renewal that starts the minutes again while the history keeps them,
 * and the cancellation. A duplicate changes nothing and a forged or stale one is refused.
 */
@ExtendWith(RunningTavari.class)
class BillingWebhookIT {
    private static final long DAY = 86_400;
    private static OwnerApi api;
    private static StripeWebhooks stripe;
    private static OwnerRows rows;

    @BeforeAll
    static void connect(TavariServer server) throws SQLException {
        api = new OwnerApi(server);
        stripe = new StripeWebhooks(server.baseUri());
        rows = new OwnerRows(server);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        rows.close();
    }

    @Test
    void theOwnerSeesTheSubscriptionAndItsLimitsFollowEveryEvent(TavariServer server) throws Exception {
        Owner owner = api.signUp("Webhook Salon");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String customer = "cus_" + suffix;
        String subscriptionId = "sub_" + suffix;
        long now = Instant.now().getEpochSecond();
        long firstStart = now - 3 * DAY;
        long firstEnd = firstStart + 30 * DAY;
        long t = now - 600;
        rows.meteredCall(owner.businessId(), Instant.ofEpochSecond(firstStart - DAY), 300);
        rows.meteredCall(owner.businessId(), Instant.ofEpochSecond(now - DAY), 180);

        JsonObject trial = billing(owner);
        assertThat(trial.getString("status")).isEqualTo("trialing");
        assertThat(trial.getJsonObject("plan").getString("code")).isEqualTo("trial");
        assertThat(trial.getBoolean("billingConfigured")).isFalse();
        assertThat(Instant.parse(trial.getString("trialEnd"))).isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(usage(owner).getInt("minutesIncluded")).isEqualTo(30);

        assertThat(stripe.deliver(event("evt_1" + suffix, "checkout.session.completed", t,
                checkoutSession(owner.businessId(), customer, subscriptionId, "starter")))).isEqualTo(200);
        assertThat(stripe.deliver(event("evt_2" + suffix, "customer.subscription.created", t + 10,
                subscription(subscriptionId, customer, "active", owner.businessId(), "starter", firstStart, firstEnd))))
                .isEqualTo(200);
        expect(owner, "active", firstStart, firstEnd, 3);
        assertThat(billing(owner).containsKey("trialEnd")).as("a paying subscription has no trial").isFalse();

        assertThat(stripe.deliver(event("evt_3" + suffix, "invoice.payment_failed", t + 20,
                invoice(subscriptionId, customer, false, firstStart, firstEnd)))).isEqualTo(200);
        expect(owner, "past_due", firstStart, firstEnd, 3);
        assertThat(state(server, owner)).isEqualTo("past_due");

        String paid = event("evt_4" + suffix, "invoice.paid", t + 30, invoice(subscriptionId, customer, true, firstStart, firstEnd));
        assertThat(stripe.deliver(paid)).isEqualTo(200);
        expect(owner, "active", firstStart, firstEnd, 3);

        long renewed = now - 60;
        assertThat(stripe.deliver(event("evt_5" + suffix, "customer.subscription.updated", t + 40,
                subscription(subscriptionId, customer, "active", owner.businessId(), "starter", renewed, renewed + 30 * DAY))))
                .isEqualTo(200);
        expect(owner, "active", renewed, renewed + 30 * DAY, 0);
        List<JsonObject> months = owner.get("api/usage/monthly?months=3").object().getJsonArray("months")
                .getValuesAs(JsonObject.class);
        assertThat(months.stream().mapToInt(m -> m.getInt("minutes")).sum()).as("the history keeps every minute").isEqualTo(8);

        assertThat(stripe.deliver(event("evt_6" + suffix, "customer.subscription.deleted", t + 50,
                subscription(subscriptionId, customer, "canceled", owner.businessId(), "starter", renewed, renewed + 30 * DAY))))
                .isEqualTo(200);
        expect(owner, "canceled", renewed, renewed + 30 * DAY, 0);

        assertThat(stripe.deliver(paid)).as("a repeated delivery is acknowledged").isEqualTo(200);
        assertThat(billing(owner).getString("status")).as("and changes nothing").isEqualTo("canceled");
        assertThat(state(server, owner)).isEqualTo("canceled");
    }

    @Test
    void forgedOrStaleDeliveriesAreRefusedAsProblems() {
        String payload = event("evt_forged_" + UUID.randomUUID(), "invoice.paid", Instant.now().getEpochSecond(),
                invoice("sub_x", "cus_x", true, 0, DAY));
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = stripe.post(payload, "t=" + now + ",v1="
                + StripeWebhooks.hmac("not-the-secret", now + "." + payload));
        HttpResponse<String> stale = stripe.post(payload, "t=" + (now - 3600) + ",v1="
                + StripeWebhooks.hmac(StripeWebhooks.SECRET, (now - 3600) + "." + payload));
        HttpResponse<String> unsigned = stripe.post(payload, null);

        for (HttpResponse<String> response : List.of(forged, stale, unsigned)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    /** Billing and usage status agree on the state, the plan (Starter once bought), the Stripe period and its minutes. */
    private static void expect(Owner owner, String status, long periodStart, long periodEnd, int minutesUsed) {
        JsonObject billing = billing(owner);
        assertThat(billing.getString("status")).isEqualTo(status);
        assertThat(billing.getJsonObject("plan").getString("code")).isEqualTo("starter");
        assertThat(billing.getString("currentPeriodStart")).isEqualTo(Instant.ofEpochSecond(periodStart).toString());
        assertThat(billing.getString("currentPeriodEnd")).isEqualTo(Instant.ofEpochSecond(periodEnd).toString());
        assertThat(billing.getInt("minutesIncluded")).isEqualTo(750);
        assertThat(billing.getInt("minutesUsed")).isEqualTo(minutesUsed);
        JsonObject usage = usage(owner);
        assertThat(usage.getJsonObject("plan").getString("code")).isEqualTo("starter");
        assertThat(usage.getString("periodStart")).isEqualTo(Instant.ofEpochSecond(periodStart).toString());
        assertThat(usage.getString("periodEnd")).isEqualTo(Instant.ofEpochSecond(periodEnd).toString());
        assertThat(usage.getInt("minutesIncluded")).isEqualTo(750);
        assertThat(usage.getInt("minutesUsed")).isEqualTo(minutesUsed);
        assertThat(usage.getInt("minutesRemaining")).isEqualTo(750 - minutesUsed);
    }

    private static JsonObject billing(Owner owner) {
        OwnerApi.Answer answer = owner.get("api/billing/status");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static JsonObject usage(Owner owner) {
        OwnerApi.Answer answer = owner.get("api/usage/status");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static String state(TavariServer server, Owner owner) throws Exception {
        try (Connection db = EmbeddedDb.connect(server.home())) {
            return EmbeddedDb.queryString(db, "SELECT status FROM subscriptions WHERE business_id = '" + owner.businessId() + "'");
        }
    }
}
