package ai.tavari.domain.agent;

import java.util.Objects;

/** A FAQ judged to answer a caller's question, with a score between 0 and 1. */
public record FaqMatch(Faq faq, double score) {
    public FaqMatch {
        Objects.requireNonNull(faq, "faq");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be between 0 and 1");
        }
    }
}
