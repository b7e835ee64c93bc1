package ai.tavari.domain.agent;

import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How messages are taken and delivered: what to ask the caller for, where to notify the owner,
 * and which words make a message urgent. Keywords are stripped, inner whitespace collapsed, and
 * case-insensitive duplicates dropped (the first spelling is kept).
 */
public record MessageSettings(
        Set<MessageField> fieldsToCollect,
        Optional<EmailAddress> notificationEmail,
        Optional<PhoneNumber> smsNumber,
        List<String> urgentKeywords) {

    public static final int MAX_URGENT_KEYWORDS = 20;
    public static final int MAX_KEYWORD_LENGTH = 40;
    private static final String FIELD = "messageSettings";

    public MessageSettings {
        if (fieldsToCollect == null || fieldsToCollect.isEmpty()) {
            throw new DomainValidationException(FIELD + ".fieldsToCollect", "must include at least one field");
        }
        fieldsToCollect = Collections.unmodifiableSet(EnumSet.copyOf(fieldsToCollect));
        notificationEmail = Objects.requireNonNullElse(notificationEmail, Optional.empty());
        smsNumber = Objects.requireNonNullElse(smsNumber, Optional.empty());
        urgentKeywords = normalizedKeywords(urgentKeywords);
    }

    /** Name, callback number and reason; no notification channel yet; "emergency" and "urgent" are urgent. */
    public static MessageSettings defaults() {
        return new MessageSettings(EnumSet.of(MessageField.CALLER_NAME, MessageField.CALLBACK_NUMBER, MessageField.REASON),
                Optional.empty(), Optional.empty(), List.of("emergency", "urgent"));
    }

    public boolean collects(MessageField field) {
        return fieldsToCollect.contains(field);
    }

    /** True when the owner will hear about new messages by e-mail or SMS. */
    public boolean hasNotificationChannel() {
        return notificationEmail.isPresent() || smsNumber.isPresent();
    }

    public MessageSettings withFieldsToCollect(Collection<MessageField> fields) {
        return new MessageSettings(fields == null ? null : Set.copyOf(fields), notificationEmail, smsNumber, urgentKeywords);
    }

    public MessageSettings withNotificationEmail(Optional<EmailAddress> email) {
        return new MessageSettings(fieldsToCollect, email, smsNumber, urgentKeywords);
    }

    public MessageSettings withSmsNumber(Optional<PhoneNumber> number) {
        return new MessageSettings(fieldsToCollect, notificationEmail, number, urgentKeywords);
    }

    public MessageSettings withUrgentKeywords(List<String> keywords) {
        return new MessageSettings(fieldsToCollect, notificationEmail, smsNumber, keywords);
    }

    private static List<String> normalizedKeywords(List<String> keywords) {
        if (keywords == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < keywords.size(); index++) {
            String field = FIELD + ".urgentKeywords[" + index + "]";
            String keyword = keywords.get(index);
            if (keyword == null || keyword.isBlank()) {
                throw new DomainValidationException(field, "must not be blank");
            }
            String cleaned = keyword.strip().replaceAll("\\s+", " ");
            if (cleaned.length() > MAX_KEYWORD_LENGTH) {
                throw new DomainValidationException(field, "must be at most " + MAX_KEYWORD_LENGTH + " characters");
            }
            if (seen.add(cleaned.toLowerCase(Locale.ROOT))) {
                result.add(cleaned);
            }
        }
        if (result.size() > MAX_URGENT_KEYWORDS) {
            throw new DomainValidationException(FIELD + ".urgentKeywords",
                    "must have at most " + MAX_URGENT_KEYWORDS + " keywords");
        }
        return List.copyOf(result);
    }
}
