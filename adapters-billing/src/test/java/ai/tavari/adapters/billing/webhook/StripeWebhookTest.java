package ai.tavari.adapters.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.billing.webhook.StripeWebhook.Outcome;
import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.application.fakes.InMemorySubscriptionRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.fakes.NumberFakes;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.billing.BillingEventResult;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.service.billing.BillingEventService;
import ai.tavari.application.service.billing.BillingSettings;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StripeWebhookTest {
    private static final String SECRET = "whsec_test_tavari";
    private static final long PERIOD_START = 1_795_600_000L;
    private static final long PERIOD_END = 1_796_809_600L;

    private final OwnerData data = new OwnerData();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final BillingEventService service = new BillingEventService(processed, subscriptions, data.businesses,
            new BillingSettings(Duration.ofDays(7), "starter"),
            new NotificationFixture().paymentAlerts(data.businesses, new InMemoryAgentSetupRepository(), clock),
            NumberFakes.releases(data.businesses, clock), clock);
    private final StripeWebhook webhook = new StripeWebhook(Optional.of(SECRET), service);
    private final BusinessId business = data.business("Ana Salon", ZoneId.of("Europe/Lisbon")).id();

    static String event(String id, String type, long created, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\",\"created\":" + created
                + ",\"type\":\"" + type + "\",\"livemode\":false,\"pending_webhooks\":1,"
                + "\"request\":{\"id\":null,\"idempotency_key\":null},\"data\":{\"object\":" + object + "}}";
    }

    static String checkoutSession(String businessId) {
        return "{\"id\":\"cs_test_a1Tavari\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
                + "\"status\":\"complete\",\"payment_status\":\"no_payment_required\",\"client_reference_id\":\""
                + businessId + "\",\"metadata\":{\"business_id\":\"" + businessId + "\"},\"customer\":\"cus_Tavari42\","
                + "\"customer_details\":{\"email\":\"owner@example.com\"},\"subscription\":\"sub_1TavariExample\","
                + "\"livemode\":false}";
    }

    static String subscription(String status, long start, long end, String businessId) {
        return "{\"id\":\"sub_1TavariExample\",\"object\":\"subscription\",\"customer\":\"cus_Tavari42\",\"status\":\""
                + status + "\",\"created\":" + PERIOD_START + ",\"start_date\":" + PERIOD_START
                + ",\"cancel_at_period_end\":false,\"cancel_at\":null,\"canceled_at\":null,\"ended_at\":null,"
                + "\"billing_mode\":{\"type\":\"flexible\"},\"latest_invoice\":\"in_1TavariFirst\","
                + "\"metadata\":{\"business_id\":\"" + businessId + "\"},"
                + "\"items\":{\"object\":\"list\",\"has_more\":false,\"url\":\"/v1/subscription_items?subscription=sub_1TavariExample\","
                + "\"data\":[{\"id\":\"si_Tavari1\",\"object\":\"subscription_item\",\"quantity\":1,"
                + "\"current_period_start\":" + start + ",\"current_period_end\":" + end + ","
                + "\"price\":{\"id\":\"price_Starter\",\"object\":\"price\",\"lookup_key\":\"starter\","
                + "\"product\":\"prod_Starter\",\"currency\":\"usd\",\"unit_amount\":19900,\"type\":\"recurring\","
                + "\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\"licensed\",\"meter\":null}}}]},"
                + "\"livemode\":false}";
    }

    static String invoice(boolean paid) {
        return "{\"id\":\"in_1TavariCycle\",\"object\":\"invoice\",\"customer\":\"cus_Tavari42\",\"status\":\""
                + (paid ? "paid" : "open") + "\",\"billing_reason\":\"subscription_cycle\",\"currency\":\"usd\","
                + "\"amount_due\":19900,\"amount_paid\":" + (paid ? 19900 : 0) + ",\"amount_remaining\":" + (paid ? 0 : 19900)
                + ",\"attempt_count\":1,\"period_start\":" + PERIOD_START + ",\"period_end\":" + PERIOD_END + ","
                + "\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":"
                + "{\"subscription\":\"sub_1TavariExample\",\"metadata\":{}}},"
                + "\"lines\":{\"object\":\"list\",\"has_more\":false,\"data\":[]},\"livemode\":false}";
    }

    static String sign(String payload, String secret, long timestamp) throws Exception {
        return Webhook.Signature.generateSignatureHeader(payload, secret, timestamp);
    }

    private Outcome deliver(String payload) throws Exception {
        return webhook.receive(payload.getBytes(StandardCharsets.UTF_8),
                sign(payload, SECRET, Instant.now().getEpochSecond()));
    }

    private StoredSubscription stored() {
        return subscriptions.findByBusiness(business).orElseThrow();
    }

    @Test
    void appliesCheckoutAndSubscriptionEvents() throws Exception {
        assertThat(deliver(event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()))))
                .isEqualTo(new Outcome.Acknowledged("evt_1", BillingEventResult.APPLIED));
        assertThat(stored().customerId()).contains("cus_Tavari42");

        deliver(event("evt_2", "customer.subscription.updated", PERIOD_START + 10,
                subscription("active", PERIOD_START, PERIOD_END, business.toString())));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stored().currentPeriod()).contains(UsagePeriod.of(Instant.ofEpochSecond(PERIOD_START),
                Instant.ofEpochSecond(PERIOD_END)));

        deliver(event("evt_3", "invoice.payment_failed", PERIOD_START + 20, invoice(false)));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        deliver(event("evt_4", "invoice.paid", PERIOD_START + 30, invoice(true)));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        deliver(event("evt_5", "customer.subscription.deleted", PERIOD_START + 40,
                subscription("canceled", PERIOD_START, PERIOD_END, business.toString())));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() throws Exception {
        String payload = event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()));

        Outcome outcome = webhook.receive(payload.getBytes(StandardCharsets.UTF_8),
                sign(payload, "whsec_someone_else", Instant.now().getEpochSecond()));

        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).status()).isEqualTo(400);
        assertThat(((Outcome.Rejected) outcome).slug()).isEqualTo("invalid-signature");
        assertThat(webhook.receive(payload.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(Outcome.Rejected.class);
        assertThat(subscriptions.findByBusiness(business)).isEmpty();
        assertThat(processed.markProcessed("stripe", "evt_1", Instant.now())).as("not recorded").isTrue();
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        String payload = event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()));
        String header = sign(payload, SECRET, Instant.now().getEpochSecond());

        Outcome outcome = webhook.receive((payload + " ").getBytes(StandardCharsets.UTF_8), header);

        assertThat(((Outcome.Rejected) outcome).status()).isEqualTo(400);
        assertThat(subscriptions.findByBusiness(business)).isEmpty();
    }

    @Test
    void aStaleTimestampIsRefused() throws Exception {
        String payload = event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()));
        long tooOld = Instant.now().getEpochSecond() - StripeWebhook.TOLERANCE_SECONDS - 60;

        Outcome outcome = webhook.receive(payload.getBytes(StandardCharsets.UTF_8), sign(payload, SECRET, tooOld));

        assertThat(((Outcome.Rejected) outcome).status()).isEqualTo(400);
        assertThat(((Outcome.Rejected) outcome).detail()).contains("tolerance");
        assertThat(subscriptions.findByBusiness(business)).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsMalformed() throws Exception {
        Outcome notJson = deliver("{\"id\": \"evt_1\", \"type\": ");
        Outcome noCustomer = deliver(event("evt_2", "checkout.session.completed", PERIOD_START,
                "{\"id\":\"cs_1\",\"object\":\"checkout.session\",\"client_reference_id\":\"" + business + "\"}"));

        assertThat(((Outcome.Rejected) notJson).slug()).isEqualTo("malformed-request");
        assertThat(((Outcome.Rejected) noCustomer).status()).isEqualTo(400);
        assertThat(subscriptions.findByBusiness(business)).isEmpty();
    }

    @Test
    void aDuplicateIsAcknowledgedWithoutEffect() throws Exception {
        String first = event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()));
        deliver(first);
        deliver(event("evt_2", "customer.subscription.updated", PERIOD_START + 10,
                subscription("trialing", PERIOD_START, PERIOD_END, business.toString())));
        StoredSubscription before = stored();

        assertThat(deliver(first)).isEqualTo(new Outcome.Acknowledged("evt_1", BillingEventResult.DUPLICATE));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anOlderUpdateAfterANewerOneIsIgnored() throws Exception {
        deliver(event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString())));
        deliver(event("evt_new", "customer.subscription.updated", PERIOD_END,
                subscription("active", PERIOD_END, PERIOD_END + 2_592_000, business.toString())));

        Outcome outcome = deliver(event("evt_old", "customer.subscription.updated", PERIOD_START + 5,
                subscription("trialing", PERIOD_START, PERIOD_END, business.toString())));

        assertThat(outcome).isEqualTo(new Outcome.Acknowledged("evt_old", BillingEventResult.STALE));
        assertThat(stored().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stored().currentPeriod().orElseThrow().start()).isEqualTo(Instant.ofEpochSecond(PERIOD_END));
    }

    @Test
    void anUnknownEventTypeIsAcknowledgedAndIgnored() throws Exception {
        Outcome outcome = deliver(event("evt_9", "customer.created", PERIOD_START,
                "{\"id\":\"cus_Tavari42\",\"object\":\"customer\"}"));

        assertThat(outcome).isEqualTo(new Outcome.Acknowledged("evt_9", BillingEventResult.IGNORED));
        assertThat(processed.markProcessed("stripe", "evt_9", Instant.now())).as("recorded").isFalse();
    }

    @Test
    void withoutASecretNothingIsApplied() throws Exception {
        String payload = event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()));
        Outcome outcome = new StripeWebhook(Optional.empty(), service).receive(payload.getBytes(StandardCharsets.UTF_8),
                sign(payload, SECRET, Instant.now().getEpochSecond()));

        assertThat(((Outcome.Rejected) outcome).status()).isEqualTo(503);
        assertThat(subscriptions.findByBusiness(business)).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceAtOnceIsAppliedOnce() throws Exception {
        String payload = event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return deliver(payload);
                }));
            }
            start.countDown();
            List<BillingEventResult> seen = new ArrayList<>();
            for (Future<Outcome> result : results) {
                seen.add(((Outcome.Acknowledged) result.get(30, TimeUnit.SECONDS)).result());
            }
            assertThat(seen).containsExactlyInAnyOrder(BillingEventResult.APPLIED, BillingEventResult.DUPLICATE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePlanIsReadFromTheSubscriptionsPriceBeforeItsCheckoutMetadata() throws Exception {
        deliver(event("evt_1", "checkout.session.completed", PERIOD_START, checkoutSession(business.toString())));
        String switched = subscription("active", PERIOD_START, PERIOD_END, business.toString())
                .replace("\"metadata\":{\"business_id\"", "\"metadata\":{\"plan\":\"starter\",\"business_id\"")
                .replace("\"lookup_key\":\"starter\"", "\"lookup_key\":\"tavari_growth_monthly\"");

        deliver(event("evt_2", "customer.subscription.updated", PERIOD_START + 10, switched));
        assertThat(stored().planCode()).isEqualTo("growth");

        deliver(event("evt_3", "customer.subscription.updated", PERIOD_START + 20, switched
                .replace("\"lookup_key\":\"tavari_growth_monthly\"", "\"lookup_key\":\"someone_elses_price\"")));
        assertThat(stored().planCode()).as("a price Tavari did not make: the subscription's metadata").isEqualTo("starter");
    }
}
