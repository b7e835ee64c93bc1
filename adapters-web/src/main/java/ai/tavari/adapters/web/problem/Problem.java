package ai.tavari.adapters.web.problem;

import ai.tavari.application.validation.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists field errors for invalid input;
 * {@code requestId} ties the answer to the server's log line.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
