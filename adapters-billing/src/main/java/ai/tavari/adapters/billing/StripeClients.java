package ai.tavari.adapters.billing;

import com.stripe.StripeClient;
import java.util.Optional;

/**
 * Builds the Stripe client from the secret key and, when set, another API base (a local stub or a
 * proxy; no trailing slash, no {@code /v1}). No key, no client: billing is then not configured.
 */
public final class StripeClients {
    public static final String SECRET_KEY = "stripe.secret.key";
    public static final String API_BASE = "stripe.api.base";

    private StripeClients() {
    }

    public static Optional<StripeClient> create(Optional<String> secretKey, Optional<String> apiBase) {
        return secretKey.map(String::strip).filter(k -> !k.isEmpty()).map(key -> {
            StripeClient.StripeClientBuilder builder = StripeClient.builder()
                    .setApiKey(key)
                    .setMaxNetworkRetries(2)
                    .setConnectTimeout(5_000)
                    .setReadTimeout(30_000);
            apiBase.map(String::strip).filter(b -> !b.isEmpty()).map(StripeClients::withoutTrailingSlash)
                    .ifPresent(base -> builder.setApiBase(base).setFilesBase(base).setConnectBase(base)
                            .setMeterEventsBase(base));
            return builder.build();
        });
    }

    private static String withoutTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
