package ai.tavari.adapters.web.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Strict JSON: a field the API does not know is an error (a typo must not silently drop a
 * setting), and absent values are left out of answers.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {
    /** Yasson's switch; a plain property name keeps the code free of Yasson types. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
