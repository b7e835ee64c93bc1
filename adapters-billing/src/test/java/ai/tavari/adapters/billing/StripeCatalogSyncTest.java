package ai.tavari.adapters.billing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.billing.StripeStub.Reply;
import ai.tavari.adapters.billing.StripeStub.Request;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeCatalogSyncTest {
    private static final Plan TRIAL = new Plan("trial", "Free trial", Money.zero("USD"), 30, 1, false, Optional.empty(), 14);
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19900, "USD"), 750, 2, false,
            Optional.empty(), 0);
    private static final Plan GROWTH = new Plan("growth", "Growth", Money.of(49900, "USD"), 1900, 5, true,
            Optional.of(Money.of(25, "USD")), 0);

    private final FakeStripe stripe = new FakeStripe();
    private StripeStub stub;

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void theFirstRunCreatesAProductAndAMonthlyPricePerSoldPlan() throws Exception {
        stub = new StripeStub(stripe::handle);

        CatalogSyncReport report = new StripeCatalogSync(stub.client()).sync(List.of(TRIAL, STARTER, GROWTH));

        assertThat(report.changes()).hasSize(4);
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
        StripeCatalogSync sync = new StripeCatalogSync(stub.client());
        sync.sync(List.of(TRIAL, STARTER, GROWTH));
        int posts = stub.requests().stream().filter(r -> r.method().equals("POST")).toList().size();

        CatalogSyncReport again = sync.sync(List.of(TRIAL, STARTER, GROWTH));

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).containsExactly("tavari_starter_monthly", "tavari_growth_monthly");
        assertThat(stub.requests().stream().filter(r -> r.method().equals("POST"))).hasSize(posts);
    }

    @Test
    void aNewPriceTakesTheLookupKeyOverAndTheOldOneIsArchived() throws Exception {
        stub = new StripeStub(stripe::handle);
        StripeCatalogSync sync = new StripeCatalogSync(stub.client());
        sync.sync(List.of(STARTER));
        String oldPrice = stripe.activePrice("tavari_starter_monthly").orElseThrow().get("id");
        Plan dearer = new Plan("starter", "Starter", Money.of(24900, "USD"), 750, 2, false, Optional.empty(), 0);

        CatalogSyncReport report = sync.sync(List.of(dearer));

        assertThat(report.changes()).hasSize(2);
        assertThat(stripe.activePrice("tavari_starter_monthly").orElseThrow().get("unit_amount")).isEqualTo("24900");
        assertThat(stub.requests("POST", "/v1/prices/" + oldPrice).get(0).form()).containsEntry("active", "false");
        assertThat(stub.requests("POST", "/v1/products")).hasSize(1);
    }

    /** Just enough of Stripe's products and prices, kept in memory, to observe what the sync changes. */
    private static final class FakeStripe {
        final Map<String, Map<String, String>> products = new LinkedHashMap<>();
        final List<Map<String, String>> prices = new ArrayList<>();

        synchronized Reply handle(Request request) {
            String path = request.path();
            if (path.startsWith("/v1/products/") && request.method().equals("GET")) {
                Map<String, String> product = products.get(path.substring("/v1/products/".length()));
                return product == null ? StripeStub.notFound("No such product") : Reply.ok(product(product));
            }
            if (path.equals("/v1/products") && request.method().equals("POST")) {
                Map<String, String> product = Map.of("id", request.form().get("id"), "name", request.form().get("name"));
                products.put(product.get("id"), product);
                return Reply.ok(product(product));
            }
            if (path.equals("/v1/prices") && request.method().equals("GET")) {
                String key = request.query().get("lookup_keys[0]");
                return Reply.ok("{\"object\":\"list\",\"url\":\"/v1/prices\",\"has_more\":false,\"data\":["
                        + activePrice(key).map(FakeStripe::price).orElse("") + "]}");
            }
            if (path.equals("/v1/prices") && request.method().equals("POST")) {
                Map<String, String> form = request.form();
                prices.stream().filter(p -> form.get("lookup_key").equals(p.get("lookup_key")))
                        .forEach(p -> p.put("lookup_key", ""));
                Map<String, String> price = new LinkedHashMap<>(Map.of("id", "price_" + (prices.size() + 1),
                        "product", form.get("product"), "currency", form.get("currency"),
                        "unit_amount", form.get("unit_amount"), "lookup_key", form.get("lookup_key"), "active", "true"));
                prices.add(price);
                return Reply.ok(price(price));
            }
            if (path.startsWith("/v1/prices/") && request.method().equals("POST")) {
                String id = path.substring("/v1/prices/".length());
                Map<String, String> price = prices.stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
                price.put("active", request.form().get("active"));
                return Reply.ok(price(price));
            }
            return StripeStub.notFound("Unrecognized request URL (" + request.method() + ": " + path + ")");
        }

        Optional<Map<String, String>> activePrice(String lookupKey) {
            return prices.stream().filter(p -> lookupKey.equals(p.get("lookup_key")) && "true".equals(p.get("active")))
                    .findFirst();
        }

        private static String product(Map<String, String> product) {
            return "{\"id\":\"" + product.get("id") + "\",\"object\":\"product\",\"active\":true,\"name\":\""
                    + product.get("name") + "\",\"metadata\":{}}";
        }

        private static String price(Map<String, String> price) {
            String key = price.get("lookup_key");
            return "{\"id\":\"" + price.get("id") + "\",\"object\":\"price\",\"active\":" + price.get("active")
                    + ",\"currency\":\"" + price.get("currency") + "\",\"unit_amount\":" + price.get("unit_amount")
                    + ",\"lookup_key\":" + (key.isEmpty() ? "null" : "\"" + key + "\"")
                    + ",\"product\":\"" + price.get("product") + "\",\"type\":\"recurring\","
                    + "\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\"licensed\"}}";
        }
    }
}
