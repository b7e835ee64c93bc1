package ai.tavari.adapters.billing;

import com.stripe.StripeClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A local Stripe API stand-in: records every request the SDK sends and answers with canned JSON. */
final class StripeStub implements AutoCloseable {
    static final String KEY = "sk_test_tavari";

    record Request(String method, String path, Map<String, String> query, Map<String, String> form,
                   String authorization, String idempotencyKey) {
    }

    record Reply(int status, String json, Map<String, String> headers) {
        Reply(int status, String json) {
            this(status, json, Map.of());
        }

        static Reply ok(String json) {
            return new Reply(200, json);
        }

        /** A Stripe error; {@code Stripe-Should-Retry: false} keeps the SDK from retrying it (and the test fast). */
        static Reply error(int status, String type, String message) {
            return new Reply(status, "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}",
                    Map.of("Stripe-Should-Retry", "false"));
        }
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    StripeStub(Function<Request, Reply> handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Request request = read(exchange);
            requests.add(request);
            Reply reply = handler.apply(request);
            byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Request-Id", "req_stub");
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    StripeClient client() {
        return StripeClients.create(Optional.of(KEY), Optional.of(base())).orElseThrow();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    static Reply notFound(String message) {
        return new Reply(404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\",\"message\":\""
                + message + "\"}}");
    }

    private static Request read(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                decode(exchange.getRequestURI().getRawQuery()), decode(body),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"));

    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }
}
