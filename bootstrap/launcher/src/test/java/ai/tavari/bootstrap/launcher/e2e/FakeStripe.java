package ai.tavari.bootstrap.launcher.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Stripe API that the launcher and the server are pointed at
 * ({@code STRIPE_API_BASE}): products, prices and meters for {@code billing-sync}; customers,
 * Checkout and Billing Portal sessions for the billing endpoints. It keeps what was created and
 * records every request, so tests can check what the SDK sent. {@link #fail} makes a path answer
 * with a Stripe error until {@link #heal}.
 */
public final class FakeStripe implements AutoCloseable {
    public static final String KEY = "sk_test_tavari_e2e";
    private static final Pattern CUSTOMER_SEARCH = Pattern.compile("metadata\\['business_id'\\]:'([^']+)'");

    public record Request(String method, String path, Map<String, String> query, Map<String, String> form,
                          String authorization, String idempotencyKey) {
    }

    private record Reply(int status, String json) {
    }

    private final HttpServer server;
    /** Many at once, so that a held request does not hold the others up. */
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-stripe");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Map<String, String>> products = new LinkedHashMap<>();
    private final List<Map<String, String>> prices = new ArrayList<>();
    private final List<Map<String, String>> meters = new ArrayList<>();
    private final Map<String, String> customersByBusiness = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private volatile String heldPath;
    private volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(0);
    private final java.util.concurrent.atomic.AtomicInteger heldRequests = new java.util.concurrent.atomic.AtomicInteger();

    public FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::exchange);
        server.setExecutor(workers);
        server.start();
    }

    /** What {@code STRIPE_API_BASE} is set to. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public synchronized long writes() {
        return requests.stream().filter(r -> r.method().equals("POST")).count();
    }

    public synchronized Optional<String> activePriceId(String lookupKey) {
        return activePrice(lookupKey).map(p -> p.get("id"));
    }

    /** Until {@link #heal}, requests to {@code path} answer {@code status} with a Stripe error that the SDK does not retry. */
    public synchronized void fail(String path, int status) {
        failures.put(path, status);
    }

    public synchronized void heal() {
        failures.clear();
    }

    /** Until {@link #release}, requests to {@code path} get no answer (a Stripe that hangs). */
    public void hold(String path) {
        held = new java.util.concurrent.CountDownLatch(1);
        heldPath = path;
    }

    public void release() {
        heldPath = null;
        held.countDown();
    }

    /** How many requests are waiting in {@link #hold} right now. */
    public int heldRequests() {
        return heldRequests.get();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                decode(exchange.getRequestURI().getRawQuery()), decode(body),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        if (request.path().equals(heldPath)) {
            heldRequests.incrementAndGet();
            try {
                held.await(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                heldRequests.decrementAndGet();
            }
        }
        Reply reply = handle(request);
        byte[] json = reply.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_fake");
        exchange.getResponseHeaders().set("Stripe-Should-Retry", "false");
        exchange.sendResponseHeaders(reply.status(), json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    private synchronized Reply handle(Request request) {
        requests.add(request);
        if (!("Bearer " + KEY).equals(request.authorization())) {
            return error(401, "Invalid API Key provided");
        }
        Integer failure = failures.get(request.path());
        if (failure != null) {
            return error(failure, "The fake Stripe was told to fail " + request.path());
        }
        String path = request.path();
        boolean get = request.method().equals("GET");
        Map<String, String> form = request.form();
        if (path.startsWith("/v1/products/") && get) {
            Map<String, String> product = products.get(path.substring("/v1/products/".length()));
            return product == null ? error(404, "No such product") : ok(product(product));
        }
        if (path.equals("/v1/products") && !get) {
            products.put(form.get("id"), Map.of("id", form.get("id"), "name", form.get("name")));
            return ok(product(products.get(form.get("id"))));
        }
        if (path.equals("/v1/prices") && get) {
            return list("/v1/prices", activePrice(request.query().get("lookup_keys[0]")).map(FakeStripe::price).stream().toList());
        }
        if (path.equals("/v1/prices") && !get) {
            prices.stream().filter(p -> form.get("lookup_key").equals(p.get("lookup_key"))).forEach(p -> p.put("lookup_key", ""));
            Map<String, String> price = new LinkedHashMap<>(Map.of("id", "price_" + (prices.size() + 1),
                    "product", form.get("product"), "currency", form.get("currency"), "unit_amount", form.get("unit_amount"),
                    "lookup_key", form.get("lookup_key"), "active", "true",
                    "usage_type", form.getOrDefault("recurring[usage_type]", "licensed"),
                    "meter", form.getOrDefault("recurring[meter]", "")));
            prices.add(price);
            return ok(price(price));
        }
        if (path.startsWith("/v1/prices/") && !get) {
            String id = path.substring("/v1/prices/".length());
            Map<String, String> price = prices.stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
            price.put("active", form.get("active"));
            return ok(price(price));
        }
        if (path.equals("/v1/billing/meters") && get) {
            return list("/v1/billing/meters", meters.stream().map(FakeStripe::meter).toList());
        }
        if (path.equals("/v1/billing/meters") && !get) {
            Map<String, String> meter = Map.of("id", "mtr_" + (meters.size() + 1), "event_name", form.get("event_name"));
            meters.add(meter);
            return ok(meter(meter));
        }
        if (path.equals("/v1/customers/search") && get) {
            Matcher business = CUSTOMER_SEARCH.matcher(request.query().getOrDefault("query", ""));
            String customer = business.matches() ? customersByBusiness.get(business.group(1)) : null;
            return ok("{\"object\":\"search_result\",\"url\":\"/v1/customers/search\",\"has_more\":false,\"data\":["
                    + (customer == null ? "" : customer(customer, business.group(1))) + "]}");
        }
        if (path.equals("/v1/customers") && !get) {
            String business = form.get("metadata[business_id]");
            String id = customersByBusiness.computeIfAbsent(business, b -> "cus_" + (customersByBusiness.size() + 1));
            return ok(customer(id, business));
        }
        if (path.equals("/v1/checkout/sessions") && !get) {
            String id = "cs_test_" + requests(request.method(), path).size();
            return ok("{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\",\"customer\":\""
                    + form.get("customer") + "\",\"url\":\"https://checkout.stripe.test/c/pay/" + id + "\"}");
        }
        if (path.equals("/v1/billing_portal/sessions") && !get) {
            return ok("{\"id\":\"bps_1\",\"object\":\"billing_portal.session\",\"customer\":\"" + form.get("customer")
                    + "\",\"url\":\"https://billing.stripe.test/p/session/" + form.get("customer") + "\"}");
        }
        return error(404, "Unrecognized request URL (" + request.method() + ": " + path + ")");
    }

    private Optional<Map<String, String>> activePrice(String lookupKey) {
        return prices.stream().filter(p -> lookupKey != null && lookupKey.equals(p.get("lookup_key"))
                && "true".equals(p.get("active"))).findFirst();
    }

    private static Reply ok(String json) {
        return new Reply(200, json);
    }

    private static Reply error(int status, String message) {
        String type = status >= 500 ? "api_error" : "invalid_request_error";
        return new Reply(status, "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
    }

    private static Reply list(String url, List<String> items) {
        return ok("{\"object\":\"list\",\"url\":\"" + url + "\",\"has_more\":false,\"data\":[" + String.join(",", items) + "]}");
    }

    private static String product(Map<String, String> product) {
        return "{\"id\":\"" + product.get("id") + "\",\"object\":\"product\",\"active\":true,\"name\":\""
                + product.get("name") + "\"}";
    }

    private static String price(Map<String, String> price) {
        String key = price.get("lookup_key");
        String meter = price.get("meter");
        return "{\"id\":\"" + price.get("id") + "\",\"object\":\"price\",\"active\":" + price.get("active")
                + ",\"currency\":\"" + price.get("currency") + "\",\"unit_amount\":" + price.get("unit_amount")
                + ",\"lookup_key\":" + (key.isEmpty() ? "null" : "\"" + key + "\"") + ",\"product\":\"" + price.get("product")
                + "\",\"type\":\"recurring\",\"recurring\":{\"interval\":\"month\",\"interval_count\":1,\"usage_type\":\""
                + price.get("usage_type") + "\",\"meter\":" + (meter.isEmpty() ? "null" : "\"" + meter + "\"") + "}}";
    }

    private static String meter(Map<String, String> meter) {
        return "{\"id\":\"" + meter.get("id") + "\",\"object\":\"billing.meter\",\"status\":\"active\",\"event_name\":\""
                + meter.get("event_name") + "\"}";
    }

    private static String customer(String id, String business) {
        return "{\"id\":\"" + id + "\",\"object\":\"customer\",\"metadata\":{\"business_id\":\"" + business + "\"}}";
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        workers.shutdownNow();
    }
}
