package ai.tavari.adapters.telephony.webhook;

import ai.tavari.adapters.telephony.Jsonp;
import ai.tavari.application.validation.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Renders a refusal as the API's problem+json (same members as the web adapter's problems:
 * type, title, status, detail, instance, requestId, errors of field and message).
 */
final class ProblemJson {
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    static String render(WebhookAnswer.Refused refused, String instance, String requestId) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                .add("type", "/problems/" + refused.slug())
                .add("title", refused.title())
                .add("status", refused.status())
                .add("detail", refused.detail());
        if (instance != null) {
            json.add("instance", instance);
        }
        if (requestId != null) {
            json.add("requestId", requestId);
        }
        if (!refused.errors().isEmpty()) {
            JsonArrayBuilder errors = Jsonp.PROVIDER.createArrayBuilder();
            for (FieldError error : refused.errors()) {
                errors.add(Jsonp.PROVIDER.createObjectBuilder().add("field", error.field()).add("message", error.message()));
            }
            json.add("errors", errors);
        }
        return json.build().toString();
    }
}
