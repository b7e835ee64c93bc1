package ai.tavari.adapters.ai;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. The static {@code Json.createXxx()} methods look it up on
 * every call through a service-loader scan of the class path: in a profile of the call webhook that
 * scan (jar entries, class-loader lock) was about a tenth of the request's CPU (BENCHMARKS.md).
 */
public final class Jsonp {
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
