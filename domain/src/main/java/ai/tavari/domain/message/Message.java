package ai.tavari.domain.message;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a caller left for the business. Immutable; reading state changes return a copy.
 *
 * <p>The callback number is kept twice: {@code callbackNumberAsGiven} is what the caller (or the
 * agent on their behalf) said, kept for the owner even when it is not a valid number;
 * {@code callbackNumber} is the same number in E.164 form when it is one. A message must carry at
 * least a name, a callback number or a reason.
 */
public record Message(
        MessageId id,
        BusinessId businessId,
        Optional<CallId> callId,
        Optional<String> callerName,
        Optional<PhoneNumber> callbackNumber,
        Optional<String> callbackNumberAsGiven,
        Optional<String> callerEmail,
        String reason,
        Urgency urgency,
        Instant createdAt,
        Optional<Instant> readAt) {

    public static final int MAX_CALLER_NAME_LENGTH = 100;
    public static final int MAX_CALLBACK_NUMBER_LENGTH = 40;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_REASON_LENGTH = 1000;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessId, "businessId");
        callId = Objects.requireNonNullElse(callId, Optional.empty());
        callerName = optionalText("callerName", callerName, MAX_CALLER_NAME_LENGTH);
        callbackNumber = Objects.requireNonNullElse(callbackNumber, Optional.empty());
        callbackNumberAsGiven = optionalText("callbackNumber", callbackNumberAsGiven, MAX_CALLBACK_NUMBER_LENGTH);
        callerEmail = optionalText("callerEmail", callerEmail, MAX_EMAIL_LENGTH);
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new DomainValidationException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(createdAt, "createdAt");
        readAt = Objects.requireNonNullElse(readAt, Optional.empty());
        if (callerName.isEmpty() && callbackNumberAsGiven.isEmpty() && callbackNumber.isEmpty() && reason.isEmpty()) {
            throw new DomainValidationException("reason", "a message needs a name, a callback number or a reason");
        }
    }

    /**
     * A new, unread message. {@code callbackNumber} is free text; it becomes a {@link PhoneNumber}
     * too when, without spaces, dashes, dots and brackets, it is a valid E.164 number.
     */
    public static Message take(MessageId id, BusinessId businessId, Optional<CallId> callId, String callerName,
            String callbackNumber, String callerEmail, String reason, Urgency urgency, Instant now) {
        return new Message(id, businessId, callId, Optional.ofNullable(callerName), parseE164(callbackNumber),
                Optional.ofNullable(callbackNumber), Optional.ofNullable(callerEmail), reason, urgency, now,
                Optional.empty());
    }

    /** The E.164 number in free text such as "+1 (415) 555-0123"; empty if there is none. */
    public static Optional<PhoneNumber> parseE164(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s().\\-]", "");
        try {
            return Optional.of(PhoneNumber.of(compact));
        } catch (DomainValidationException notE164) {
            return Optional.empty();
        }
    }

    public boolean isRead() {
        return readAt.isPresent();
    }

    public boolean isUrgent() {
        return urgency == Urgency.URGENT;
    }

    /** Marks the message read at {@code now}; an already read message keeps its first read time. */
    public Message markRead(Instant now) {
        Objects.requireNonNull(now, "now");
        if (isRead()) {
            return this;
        }
        return new Message(id, businessId, callId, callerName, callbackNumber, callbackNumberAsGiven, callerEmail,
                reason, urgency, createdAt, Optional.of(now));
    }

    public Message markUnread() {
        if (!isRead()) {
            return this;
        }
        return new Message(id, businessId, callId, callerName, callbackNumber, callbackNumberAsGiven, callerEmail,
                reason, urgency, createdAt, Optional.empty());
    }

    private static Optional<String> optionalText(String field, Optional<String> text, int maxLength) {
        Optional<String> cleaned = Objects.requireNonNullElse(text, Optional.<String>empty())
                .map(String::strip).filter(value -> !value.isEmpty());
        if (cleaned.isPresent() && cleaned.get().length() > maxLength) {
            throw new DomainValidationException(field, "must be at most " + maxLength + " characters");
        }
        return cleaned;
    }
}
