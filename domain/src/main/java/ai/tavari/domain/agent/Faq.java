package ai.tavari.domain.agent;

import ai.tavari.domain.shared.DomainValidationException;

/**
 * A question the owner expects callers to ask, with the answer the agent should give. Text is
 * stripped. Errors name {@code question} and {@code answer}; a caller that knows the FAQ's
 * position adds it with {@link DomainValidationException#withFieldPrefix} ("faqs[2].question").
 */
public record Faq(String question, String answer) {
    public static final int MAX_QUESTION_LENGTH = 200;
    public static final int MAX_ANSWER_LENGTH = 1000;

    public Faq {
        question = requireText("question", question, MAX_QUESTION_LENGTH);
        answer = requireText("answer", answer, MAX_ANSWER_LENGTH);
    }

    public static Faq of(String question, String answer) {
        return new Faq(question, answer);
    }

    private static String requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new DomainValidationException(field, "must not be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new DomainValidationException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
