package ai.tavari.domain.agent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns caller speech or FAQ text into comparable terms: lower-case words without punctuation or
 * accents, a few common phrases joined ("how much" means price), English stop words dropped,
 * plurals and -ing/-ed endings stemmed, and small-business synonyms folded into one concept
 * (cost, charge and fee all become {@code price}). Deterministic and locale-independent.
 */
public final class TextNormalizer {
    /** Weight of a term that only hints at a concept ("where" hints at location). */
    static final double WEAK = 0.5;
    static final double STRONG = 1.0;

    private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            "a", "an", "the", "and", "or", "but", "if", "so", "than", "then", "too", "very", "just", "also",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done",
            "have", "has", "had", "having", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "you", "your", "yours", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
            "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose",
            "how", "why", "when", "can", "could", "would", "should", "will", "shall", "may", "might", "must",
            "to", "of", "in", "on", "at", "for", "from", "with", "about", "by", "as", "into", "up", "out",
            "any", "some", "all", "please", "hi", "hello", "hey", "yes", "yeah", "no", "not", "ok", "okay",
            "um", "uh", "like", "know", "want", "wonder", "need", "tell", "ask", "question", "offer",
            "provide", "im", "ive", "id", "youre", "whats", "dont", "cant", "wont", "thats", "theres",
            "one", "much", "many", "thank", "thanks", "something", "anything", "really", "actually",
            "maybe", "still", "again", "ever", "well", "guy", "get", "go", "going", "let", "lets", "see",
            "s", "t", "make", "take", "somewhere", "anywhere", "nearby", "near", "around", "able", "anyone", "someone", "now", "today", "currently", "usually"));

    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("how much", "price"),
            Map.entry("what time", "time"),
            Map.entry("walk in", "walkin"),
            Map.entry("walk ins", "walkin"),
            Map.entry("get there", "location"),
            Map.entry("credit card", "payment"),
            Map.entry("debit card", "payment"),
            Map.entry("gift card", "giftcard"),
            Map.entry("gift certificate", "giftcard"));

    private static final Map<String, String> CONCEPTS;
    /** Words that only hint at their concept: "where" alone does not make a question about the address. */
    private static final Set<String> HINT_STEMS = Set.of(stem("where"), stem("time"));

    static {
        Map<String, String> concepts = new HashMap<>();
        synonyms(concepts, "price", "price", "pricing", "cost", "charge", "fee", "rate", "expensive", "cheap",
                "affordable", "quote", "estimate");
        synonyms(concepts, "hours", "hours", "hour", "open", "close", "opening", "closing", "time");
        synonyms(concepts, "appointment", "appointment", "booking", "book", "reservation", "reserve",
                "schedule", "slot", "availability", "available");
        synonyms(concepts, "location", "location", "located", "locate", "address", "directions", "direction", "where");
        synonyms(concepts, "parking", "park", "parking", "garage");
        synonyms(concepts, "pet", "pet", "dog", "cat");
        synonyms(concepts, "payment", "pay", "payment", "cash", "card", "venmo", "paypal");
        synonyms(concepts, "cancel", "cancel", "cancelled", "cancelling", "cancellation", "reschedule");
        synonyms(concepts, "delivery", "deliver", "delivery", "ship", "shipping");
        synonyms(concepts, "accessibility", "accessible", "accessibility", "wheelchair", "ramp");
        synonyms(concepts, "walkin", "walkin");
        synonyms(concepts, "insurance", "insurance", "insured", "insure");
        synonyms(concepts, "service", "service", "services", "treatment");
        CONCEPTS = Collections.unmodifiableMap(concepts);
    }

    private TextNormalizer() {
    }

    /** Lower-case words, accents and apostrophes removed, any other punctuation a separator. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /**
     * The distinct concept terms of {@code text} with their weight (1.0, or 0.5 for hints such as
     * "where" or "what time"), in order of first appearance.
     */
    public static Map<String, Double> weightedTerms(String text) {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (String word : joinPhrases(words(text))) {
            if (STOP_WORDS.contains(word)) {
                continue;
            }
            String stem = stem(word);
            if (stem.isEmpty() || STOP_WORDS.contains(stem)) {
                continue;
            }
            double weight = HINT_STEMS.contains(stem) ? WEAK : STRONG;
            terms.merge(CONCEPTS.getOrDefault(stem, stem), weight, Math::max);
        }
        return terms;
    }

    /** The distinct concept terms of {@code text}, in order of first appearance. */
    public static List<String> terms(String text) {
        return List.copyOf(weightedTerms(text).keySet());
    }

    /**
     * A light suffix stripper: plural -s/-es/-ies, -ing, -ed, a doubled final consonant left by
     * those, and a final silent e, so that "prices", "priced" and "pricing" meet at "pric".
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean strippedVerbEnding = false;
        if (w.endsWith("ing") && w.length() - 3 >= 3) {
            w = w.substring(0, w.length() - 3);
            strippedVerbEnding = true;
        } else if (w.endsWith("ed") && w.length() - 2 >= 3) {
            w = w.substring(0, w.length() - 2);
            strippedVerbEnding = true;
        }
        if (strippedVerbEnding && endsWithDoubledConsonant(w)) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean endsWithDoubledConsonant(String w) {
        int n = w.length();
        if (n < 2) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last == w.charAt(n - 2) && "aeioulsz".indexOf(last) < 0;
    }

    private static List<String> joinPhrases(List<String> words) {
        List<String> joined = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size()) {
                String phrase = PHRASES.get(words.get(i) + " " + words.get(i + 1));
                if (phrase != null) {
                    joined.add(phrase);
                    i++;
                    continue;
                }
            }
            joined.add(words.get(i));
        }
        return joined;
    }

    private static void synonyms(Map<String, String> concepts, String concept, String... words) {
        for (String word : words) {
            concepts.put(stem(word), concept);
        }
    }
}
