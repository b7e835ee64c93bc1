package ai.tavari.domain.message;

import ai.tavari.domain.agent.TextNormalizer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides how urgent a message is. Any of the owner's urgent keywords in the caller's words makes
 * it URGENT, whatever the agent judged; otherwise the agent's judgement stands (NORMAL if it gave
 * none).
 *
 * <p>A keyword matches case-insensitively on word boundaries, its last word also as the start of
 * a longer word, so "leak" matches "leaking" and "no heat" matches "no heating", but "fire" does
 * not match "bonfire".
 */
public final class UrgencyAssessor {
    private UrgencyAssessor() {
    }

    public static Urgency assess(String callerWords, Collection<String> urgentKeywords, Optional<Urgency> agentJudgement) {
        Objects.requireNonNull(agentJudgement, "agentJudgement");
        if (matchedKeyword(callerWords, urgentKeywords).isPresent()) {
            return Urgency.URGENT;
        }
        return agentJudgement.orElse(Urgency.NORMAL);
    }

    /** The first keyword (in the owner's order) found in {@code text}. */
    public static Optional<String> matchedKeyword(String text, Collection<String> urgentKeywords) {
        Objects.requireNonNull(urgentKeywords, "urgentKeywords");
        List<String> words = TextNormalizer.words(text);
        for (String keyword : urgentKeywords) {
            List<String> keywordWords = TextNormalizer.words(keyword);
            if (!keywordWords.isEmpty() && containsKeyword(words, keywordWords)) {
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }

    private static boolean containsKeyword(List<String> words, List<String> keyword) {
        int last = keyword.size() - 1;
        for (int start = 0; start + last < words.size(); start++) {
            boolean matches = true;
            for (int offset = 0; offset <= last && matches; offset++) {
                String word = words.get(start + offset);
                String wanted = keyword.get(offset);
                matches = offset == last ? word.startsWith(wanted) : word.equals(wanted);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
