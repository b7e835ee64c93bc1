package ai.tavari.adapters.billing;

import ai.tavari.adapters.billing.StripeStub.Reply;
import ai.tavari.adapters.billing.StripeStub.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Just enough of Stripe's products, prices and meters, kept in memory, to observe what the catalogue sync changes. */
final class FakeStripeCatalog {
    final Map<String, Map<String, String>> products = new LinkedHashMap<>();
    final List<Map<String, String>> prices = new ArrayList<>();
    final List<Map<String, String>> meters = new ArrayList<>();

    synchronized Reply handle(Request request) {
        String path = request.path();
        boolean get = request.method().equals("GET");
        Map<String, String> form = request.form();
        if (path.startsWith("/v1/products/") && get) {
            Map<String, String> product = products.get(path.substring("/v1/products/".length()));
            return product == null ? StripeStub.notFound("No such product") : Reply.ok(product(product));
        }
        if (path.equals("/v1/products") && !get) {
            Map<String, String> product = Map.of("id", form.get("id"), "name", form.get("name"));
            products.put(product.get("id"), product);
            return Reply.ok(product(product));
        }
        if (path.equals("/v1/prices") && get) {
            return list("/v1/prices", activePrice(request.query().get("lookup_keys[0]")).map(FakeStripeCatalog::price)
                    .stream().toList());
        }
        if (path.equals("/v1/prices") && !get) {
            prices.stream().filter(p -> form.get("lookup_key").equals(p.get("lookup_key"))).forEach(p -> p.put("lookup_key", ""));
            Map<String, String> price = new LinkedHashMap<>(Map.of("id", "price_" + (prices.size() + 1),
                    "product", form.get("product"), "currency", form.get("currency"),
                    "unit_amount", form.get("unit_amount"), "lookup_key", form.get("lookup_key"), "active", "true",
                    "usage_type", form.getOrDefault("recurring[usage_type]", "licensed"),
                    "meter", form.getOrDefault("recurring[meter]", "")));
            prices.add(price);
            return Reply.ok(price(price));
        }
        if (path.startsWith("/v1/prices/") && !get) {
            String id = path.substring("/v1/prices/".length());
            Map<String, String> price = prices.stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
            price.put("active", form.get("active"));
            return Reply.ok(price(price));
        }
        if (path.equals("/v1/billing/meters") && get) {
            return list("/v1/billing/meters", meters.stream().map(FakeStripeCatalog::meter).toList());
        }
        if (path.equals("/v1/billing/meters") && !get) {
            Map<String, String> meter = new LinkedHashMap<>(Map.of("id", "mtr_" + (meters.size() + 1),
                    "event_name", form.get("event_name"), "status", "active"));
            meters.add(meter);
            return Reply.ok(meter(meter));
        }
        if (path.matches("/v1/billing/meters/[^/]+/reactivate") && !get) {
            Map<String, String> meter = meters.stream().filter(m -> path.contains("/" + m.get("id") + "/")).findFirst()
                    .orElseThrow();
            meter.put("status", "active");
            return Reply.ok(meter(meter));
        }
        return StripeStub.notFound("Unrecognized request URL (" + request.method() + ": " + path + ")");
    }

    synchronized Optional<Map<String, String>> activePrice(String lookupKey) {
        return prices.stream().filter(p -> lookupKey != null && lookupKey.equals(p.get("lookup_key"))
                && "true".equals(p.get("active"))).findFirst();
    }

    private static Reply list(String url, List<String> items) {
        return Reply.ok("{\"object\":\"list\",\"url\":\"" + url + "\",\"has_more\":false,\"data\":["
                + String.join(",", items) + "]}");
    }

    private static String product(Map<String, String> product) {
        return "{\"id\":\"" + product.get("id") + "\",\"object\":\"product\",\"active\":true,\"name\":\""
                + product.get("name") + "\",\"metadata\":{}}";
    }

    private static String price(Map<String, String> price) {
        String key = price.get("lookup_key");
        String meter = price.get("meter");
        return "{\"id\":\"" + price.get("id") + "\",\"object\":\"price\",\"active\":" + price.get("active")
                + ",\"currency\":\"" + price.get("currency") + "\",\"unit_amount\":" + price.get("unit_amount")
                + ",\"lookup_key\":" + (key.isEmpty() ? "null" : "\"" + key + "\"")
                + ",\"product\":\"" + price.get("product") + "\",\"type\":\"recurring\","
                + "\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\"" + price.get("usage_type")
                + "\",\"meter\":" + (meter.isEmpty() ? "null" : "\"" + meter + "\"") + "}}";
    }

    private static String meter(Map<String, String> meter) {
        return "{\"id\":\"" + meter.get("id") + "\",\"object\":\"billing.meter\",\"event_name\":\"" + meter.get("event_name")
                + "\",\"status\":\"" + meter.get("status") + "\",\"display_name\":\"Call minutes\"}";
    }
}
