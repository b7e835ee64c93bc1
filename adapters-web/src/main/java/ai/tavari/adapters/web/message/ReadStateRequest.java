package ai.tavari.adapters.web.message;

/** {@code {"read": true}} or {@code {"read": false}}. */
public record ReadStateRequest(Boolean read) {
}
