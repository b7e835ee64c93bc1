package ai.tavari.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaqMatcherTest {
    private static final Faq PRICES = Faq.of("What are your prices?", "A haircut is $30 and a beard trim is $15.");
    private static final Faq PARKING = Faq.of("Is there parking nearby?", "Yes, free parking behind the building.");
    private static final Faq LOCATION = Faq.of("Where are you located?", "12 Main Street, next to the bakery.");
    private static final Faq WALK_INS = Faq.of("Do you take walk-ins?", "Yes, but appointments get priority.");
    private static final Faq PETS = Faq.of("Are pets allowed?", "Well-behaved dogs are welcome.");
    private static final List<Faq> FAQS = List.of(PRICES, PARKING, LOCATION, WALK_INS, PETS);

    private final FaqMatcher matcher = new FaqMatcher();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "how much do you charge for a haircut | What are your prices?",
            "Hi, um, what does a beard trim cost? | What are your prices?",
            "what are your rates | What are your prices?",
            "is there somewhere to park my car | Is there parking nearby?",
            "where do I park | Is there parking nearby?",
            "what's your address | Where are you located?",
            "where are you guys located exactly | Where are you located?",
            "can I just walk in without booking | Do you take walk-ins?",
            "can I bring my dog | Are pets allowed?",
            "WHAT ARE YOUR PRICES | What are your prices?"})
    void findsTheFaqACallerMeans(String callerQuestion, String expectedQuestion) {
        assertThat(matcher.bestMatch(callerQuestion, FAQS))
                .hasValueSatisfying(match -> assertThat(match.faq().question()).isEqualTo(expectedQuestion));
    }

    @ParameterizedTest(name = "\"{0}\" matches nothing")
    @CsvSource(delimiter = '|', value = {
            "do you sell gift cards",
            "can I speak to the manager",
            "hello?",
            "I'd like to leave a message for Maria about my order from last week please"})
    void unrelatedQuestionsMatchNothing(String callerQuestion) {
        assertThat(matcher.bestMatch(callerQuestion, FAQS)).isEmpty();
    }

    @Test
    void anExactQuestionScoresOne() {
        assertThat(FaqMatcher.score("What are your prices?", PRICES)).isEqualTo(1.0);
    }

    @Test
    void aLongerQuestionScoresLowerThanAFocusedOne() {
        double focused = FaqMatcher.score("what are your prices", PRICES);
        double rambling = FaqMatcher.score("what are your prices and do you do colouring and perms and extensions", PRICES);
        assertThat(rambling).isLessThan(focused).isGreaterThan(0.0);
    }

    @Test
    void answerWordsAloneNeverMatch() {
        assertThat(FaqMatcher.score("beard trim", Faq.of("Anything else?", "We also do a beard trim."))).isLessThan(0.5);
        assertThat(FaqMatcher.score("beard trim", Faq.of("Anything else?", "We also do a beard trim."))).isZero();
    }

    @Test
    void answerWordsBreakTiesBetweenQuestions() {
        Faq cuts = Faq.of("What are your prices for cuts?", "A haircut is $30.");
        Faq colour = Faq.of("What are your prices for colour?", "Colour starts at $80, a haircut is extra.");
        List<FaqMatch> ranked = matcher.rank("how much is colour", List.of(cuts, colour));
        assertThat(ranked).extracting(FaqMatch::faq).containsExactly(colour, cuts);
    }

    @Test
    void equalScoresGoToTheFaqListedFirst() {
        Faq first = Faq.of("What are your prices?", "Cheap.");
        Faq second = Faq.of("What do you charge?", "Cheap.");
        assertThat(matcher.bestMatch("how much", List.of(first, second))).map(FaqMatch::faq).contains(first);
        assertThat(matcher.bestMatch("how much", List.of(second, first))).map(FaqMatch::faq).contains(second);
    }

    @Test
    void rankListsOnlyFaqsWithSomeOverlapBestFirst() {
        List<FaqMatch> ranked = matcher.rank("where do I park", FAQS);
        assertThat(ranked).extracting(FaqMatch::faq).containsExactly(PARKING, LOCATION);
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void thresholdIsConfigurable() {
        String question = "how much for parking";
        double score = FaqMatcher.score(question, PARKING);
        assertThat(new FaqMatcher(score).bestMatch(question, List.of(PARKING))).isPresent();
        assertThat(new FaqMatcher(Math.min(1.0, score + 0.01)).bestMatch(question, List.of(PARKING))).isEmpty();
        assertThatThrownBy(() -> new FaqMatcher(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaqMatcher(1.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noFaqsOrEmptyQuestionMatchNothing() {
        assertThat(matcher.bestMatch("how much", List.of())).isEmpty();
        assertThat(matcher.bestMatch("", FAQS)).isEmpty();
        assertThat(matcher.bestMatch(null, FAQS)).isEmpty();
    }

    @Test
    void isDeterministic() {
        List<FaqMatch> first = matcher.rank("how much is parking near your location", FAQS);
        for (int i = 0; i < 5; i++) {
            assertThat(matcher.rank("how much is parking near your location", FAQS)).isEqualTo(first);
        }
    }
}
