package ai.tavari.adapters.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.billing.StripeStub.Request;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeCatalogSyncTest {
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19900, "USD"), 750, 2, false,
            Optional.empty(), 0);
    private static final Plan GROWTH = new Plan("growth", "Growth", Money.of(49900, "USD"), 1900, 5, true,
            Optional.of(Money.of(25, "USD")), 0);

    private final FakeStripeCatalog stripe = new FakeStripeCatalog();
    private StripeStub stub;

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void theFirstRunCreatesAProductAndAMonthlyPricePerSoldPlan() throws Exception {
        stub = new StripeStub(stripe::handle);

        CatalogSyncReport report = new StripeCatalogSync(stub.client(), "tavari_call_minutes").sync(List.of(TRIAL, STARTER, GROWTH));

        assertThat(report.changes()).hasSize(6);
        assertThat(stripe.products).containsOnlyKeys("tavari_starter", "tavari_growth");
        Request price = stub.requests("POST", "/v1/prices").get(0);
        assertThat(price.form()).containsEntry("product", "tavari_starter").containsEntry("currency", "usd")
                .containsEntry("unit_amount", "19900").containsEntry("recurring[interval]", "month")
                .containsEntry("lookup_key", "tavari_starter_monthly").containsEntry("transfer_lookup_key", "true");
        assertThat(stub.requests("POST", "/v1/products").get(0).form())
                .containsEntry("id", "tavari_starter").containsEntry("name", "Tavari Starter");
        assertThat(stub.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + StripeStub.KEY));
    }

    @Test
    void aSecondRunCreatesNothing() throws Exception {
        stub = new StripeStub(stripe::handle);
        StripeCatalogSync sync = new StripeCatalogSync(stub.client(), "tavari_call_minutes");
        sync.sync(List.of(TRIAL, STARTER, GROWTH));
        int posts = stub.requests().stream().filter(r -> r.method().equals("POST")).toList().size();

        CatalogSyncReport again = sync.sync(List.of(TRIAL, STARTER, GROWTH));

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).containsExactly("tavari_starter_monthly", "tavari_growth_monthly");
        assertThat(stripe.meters).hasSize(1);
        assertThat(stub.requests().stream().filter(r -> r.method().equals("POST"))).hasSize(posts);
    }

    @Test
    void aNewPriceTakesTheLookupKeyOverAndTheOldOneIsArchived() throws Exception {
        stub = new StripeStub(stripe::handle);
        StripeCatalogSync sync = new StripeCatalogSync(stub.client(), "tavari_call_minutes");
        sync.sync(List.of(STARTER));
        String oldPrice = stripe.activePrice("tavari_starter_monthly").orElseThrow().get("id");
        Plan dearer = new Plan("starter", "Starter", Money.of(24900, "USD"), 750, 2, false, Optional.empty(), 0);

        CatalogSyncReport report = sync.sync(List.of(dearer));

        assertThat(report.changes()).hasSize(2);
        assertThat(stripe.activePrice("tavari_starter_monthly").orElseThrow().get("unit_amount")).isEqualTo("24900");
        assertThat(stub.requests("POST", "/v1/prices/" + oldPrice).get(0).form()).containsEntry("active", "false");
        assertThat(stub.requests("POST", "/v1/products")).hasSize(1);
    }

    @Test
    void aPlanWithOverageGetsAMeteredPricePerMinuteOnTheCallMinutesMeter() throws Exception {
        stub = new StripeStub(stripe::handle);

        CatalogSyncReport report = new StripeCatalogSync(stub.client(), "tavari_call_minutes").sync(List.of(GROWTH));

        assertThat(report.changes()).contains("created meter mtr_1 (tavari_call_minutes)");
        assertThat(stub.requests("POST", "/v1/billing/meters").get(0).form())
                .containsEntry("event_name", "tavari_call_minutes")
                .containsEntry("default_aggregation[formula]", "sum")
                .containsEntry("customer_mapping[type]", "by_id")
                .containsEntry("customer_mapping[event_payload_key]", "stripe_customer_id")
                .containsEntry("value_settings[event_payload_key]", "value");
        assertThat(stub.requests("POST", "/v1/billing/meters").get(0).idempotencyKey()).isEqualTo("meter:tavari_call_minutes");
        Request overage = stub.requests("POST", "/v1/prices").stream()
                .filter(r -> "tavari_growth_overage".equals(r.form().get("lookup_key"))).findFirst().orElseThrow();
        assertThat(overage.form()).containsEntry("product", "tavari_growth").containsEntry("unit_amount", "25")
                .containsEntry("currency", "usd").containsEntry("recurring[interval]", "month")
                .containsEntry("recurring[usage_type]", "metered").containsEntry("recurring[meter]", "mtr_1")
                .containsEntry("transfer_lookup_key", "true");
        assertThat(stripe.activePrice("tavari_growth_monthly").orElseThrow().get("usage_type")).isEqualTo("licensed");
    }

    @Test
    void anExistingMeterIsReusedAndReactivated() throws Exception {
        stub = new StripeStub(stripe::handle);
        StripeCatalogSync sync = new StripeCatalogSync(stub.client(), "tavari_call_minutes");
        sync.sync(List.of(GROWTH));
        stripe.meters.get(0).put("status", "inactive");

        CatalogSyncReport report = sync.sync(List.of(GROWTH));

        assertThat(report.changes()).containsExactly("reactivated meter mtr_1 (tavari_call_minutes)");
        assertThat(stripe.meters).hasSize(1);
        assertThat(stripe.meters.get(0)).containsEntry("status", "active");
    }

    @Test
    void aNewOveragePriceReplacesTheOldOneAndAPlanThatDropsOverageArchivesIt() throws Exception {
        stub = new StripeStub(stripe::handle);
        StripeCatalogSync sync = new StripeCatalogSync(stub.client(), "tavari_call_minutes");
        sync.sync(List.of(GROWTH));
        String first = stripe.activePrice("tavari_growth_overage").orElseThrow().get("id");

        sync.sync(List.of(new Plan("growth", "Growth", Money.of(49900, "USD"), 1900, 5, true,
                Optional.of(Money.of(30, "USD")), 0)));
        String second = stripe.activePrice("tavari_growth_overage").orElseThrow().get("id");
        CatalogSyncReport dropped = sync.sync(List.of(new Plan("growth", "Growth", Money.of(49900, "USD"), 1900, 5,
                false, Optional.empty(), 0)));

        assertThat(second).isNotEqualTo(first);
        assertThat(stub.requests("POST", "/v1/prices/" + first).get(0).form()).containsEntry("active", "false");
        assertThat(dropped.changes()).containsExactly("archived price " + second);
        assertThat(stripe.activePrice("tavari_growth_overage")).isEmpty();
        assertThat(stripe.activePrice("tavari_growth_monthly")).isPresent();
    }

    @Test
    void aStripeFailureStopsTheSyncAsBillingUnavailable() throws Exception {
        stub = new StripeStub(request -> StripeStub.Reply.error(401, "invalid_request_error", "Invalid API Key provided"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new StripeCatalogSync(stub.client(), "tavari_call_minutes").sync(List.of(STARTER)))
                .isInstanceOfSatisfying(ai.tavari.application.port.out.BillingUnavailableException.class,
                        e -> assertThat(e.temporary()).isFalse())
                .hasMessageContaining("syncing plan starter");
    }
}
