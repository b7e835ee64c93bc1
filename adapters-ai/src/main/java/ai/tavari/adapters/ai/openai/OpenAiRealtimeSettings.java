package ai.tavari.adapters.ai.openai;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach the Realtime API. {@code connectTimeout} bounds the whole start-up: socket,
 * handshake and session configuration, until caller audio can flow.
 */
public record OpenAiRealtimeSettings(URI url, String apiKey, String model, Duration connectTimeout) {
    public static final URI DEFAULT_URL = URI.create("wss://api.openai.com/v1/realtime");
    public static final String DEFAULT_MODEL = "gpt-realtime";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    public OpenAiRealtimeSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (!"ws".equalsIgnoreCase(url.getScheme()) && !"wss".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("url must be ws:// or wss://, was " + url);
        }
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is blank");
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("model is blank");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive");
        }
    }

    public static OpenAiRealtimeSettings withDefaults(String apiKey) {
        return new OpenAiRealtimeSettings(DEFAULT_URL, apiKey, DEFAULT_MODEL, DEFAULT_CONNECT_TIMEOUT);
    }

    /** The URL to open: the base URL with the model as query parameter. */
    public URI endpoint() {
        String base = url.toString();
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + "model=" + URLEncoder.encode(model, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "OpenAiRealtimeSettings[url=" + url + ", model=" + model + ", connectTimeout=" + connectTimeout
                + ", apiKey=(hidden)]";
    }
}
