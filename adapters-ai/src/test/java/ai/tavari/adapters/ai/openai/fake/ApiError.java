package ai.tavari.adapters.ai.openai.fake;

import java.util.Objects;

/**
 * The {@code error} object of an {@code error} server event. {@code clientEventId} echoes the
 * offending client event's {@code event_id}, as the real API does.
 */
public record ApiError(String type, String code, String message, String param, String clientEventId) {
    public static final String INVALID_REQUEST = "invalid_request_error";
    public static final String SERVER_ERROR = "server_error";

    public ApiError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    public static ApiError invalidRequest(String code, String message, String param) {
        return new ApiError(INVALID_REQUEST, code, message, param, null);
    }

    public ApiError forClientEvent(String eventId) {
        return new ApiError(type, code, message, param, eventId);
    }
}
