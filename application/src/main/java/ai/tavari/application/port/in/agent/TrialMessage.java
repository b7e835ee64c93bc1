package ai.tavari.application.port.in.agent;

import ai.tavari.application.validation.Validation;
import java.util.Objects;
import java.util.Optional;

/**
 * What the owner, playing a caller, typed; {@code conversationId} continues an earlier chat (an
 * unknown or expired one starts a new chat).
 */
public record TrialMessage(Optional<String> conversationId, String text) {
    public static final int MAX_TEXT_LENGTH = 500;

    public TrialMessage {
        conversationId = Objects.requireNonNullElse(conversationId, Optional.empty());
        Validation validation = new Validation();
        validation.notBlank(text, "text").maxLength(text, MAX_TEXT_LENGTH, "text");
        validation.throwIfInvalid();
        text = text.strip();
    }
}
