package ai.tavari.domain.agent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the FAQ that best answers a caller's question.
 *
 * <p>Both texts go through {@link TextNormalizer}. The score mixes how much of the FAQ question
 * the caller covered (weight 0.6) with how much of the caller's question the FAQ question covers
 * (0.4), so that a long rambling question can still hit a short FAQ. Terms that appear only in
 * the FAQ's answer add a small bonus (0.2 times the share of the caller's terms they cover) that
 * can break ties but never produce a match alone. Scores are capped at 1. A FAQ matches when its
 * score reaches the threshold; ties go to the FAQ listed first.
 */
public final class FaqMatcher {
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final double QUESTION_COVERAGE_WEIGHT = 0.6;
    private static final double CALLER_COVERAGE_WEIGHT = 0.4;
    private static final double ANSWER_BONUS_WEIGHT = 0.2;

    private final double threshold;

    public FaqMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    public FaqMatcher(double threshold) {
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The best FAQ scoring at least the threshold, or empty. */
    public Optional<FaqMatch> bestMatch(String callerQuestion, List<Faq> faqs) {
        List<FaqMatch> ranked = rank(callerQuestion, faqs);
        return ranked.isEmpty() || ranked.get(0).score() < threshold ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** Every FAQ with a score above zero, best first (stable for equal scores). */
    public List<FaqMatch> rank(String callerQuestion, List<Faq> faqs) {
        Objects.requireNonNull(faqs, "faqs");
        Map<String, Double> caller = TextNormalizer.weightedTerms(callerQuestion);
        List<FaqMatch> matches = new ArrayList<>();
        if (caller.isEmpty()) {
            return matches;
        }
        for (Faq faq : faqs) {
            double score = score(caller, faq);
            if (score > 0.0) {
                matches.add(new FaqMatch(faq, score));
            }
        }
        matches.sort(Comparator.comparingDouble(FaqMatch::score).reversed());
        return matches;
    }

    /** The score of one FAQ for one caller question, between 0 and 1. */
    public static double score(String callerQuestion, Faq faq) {
        return score(TextNormalizer.weightedTerms(callerQuestion), faq);
    }

    private static double score(Map<String, Double> caller, Faq faq) {
        Map<String, Double> question = TextNormalizer.weightedTerms(faq.question());
        if (caller.isEmpty() || question.isEmpty()) {
            return 0.0;
        }
        double shared = overlap(caller, question);
        if (shared == 0.0) {
            return 0.0;
        }
        double callerTotal = total(caller);
        Map<String, Double> answerOnly = new LinkedHashMap<>(TextNormalizer.weightedTerms(faq.answer()));
        answerOnly.keySet().removeAll(question.keySet());
        double score = QUESTION_COVERAGE_WEIGHT * shared / total(question)
                + CALLER_COVERAGE_WEIGHT * shared / callerTotal
                + ANSWER_BONUS_WEIGHT * overlap(caller, answerOnly) / callerTotal;
        return Math.min(1.0, score);
    }

    private static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0.0;
        for (Map.Entry<String, Double> term : a.entrySet()) {
            Double other = b.get(term.getKey());
            if (other != null) {
                sum += Math.min(term.getValue(), other);
            }
        }
        return sum;
    }

    private static double total(Map<String, Double> terms) {
        return terms.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
