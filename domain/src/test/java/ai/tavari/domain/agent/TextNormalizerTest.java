package ai.tavari.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @Test
    void wordsAreLowerCaseWithoutPunctuationOrAccents() {
        assertThat(TextNormalizer.words("What's the Café's ADDRESS?! (walk-ins)"))
                .containsExactly("whats", "the", "cafes", "address", "walk", "ins");
        assertThat(TextNormalizer.words("  ")).isEmpty();
        assertThat(TextNormalizer.words(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "prices, pric", "price, pric", "pricing, pric", "priced, pric",
            "parking, park", "parked, park", "booking, book", "booked, book",
            "hours, hour", "batteries, battery", "addresses, address", "address, address",
            "shipping, ship", "closed, clos", "closing, clos", "rate, rate", "rates, rate",
            "bus, bus", "cat, cat", "status, status"})
    void stemsCommonEndings(String word, String stem) {
        assertThat(TextNormalizer.stem(word)).isEqualTo(stem);
    }

    @Test
    void synonymsFoldIntoOneConcept() {
        assertThat(TextNormalizer.terms("How much do you charge?")).containsExactly("price");
        assertThat(TextNormalizer.terms("What is the cost, the fee, the rates?")).containsExactly("price");
        assertThat(TextNormalizer.terms("Can I book an appointment or make a reservation")).containsExactly("appointment");
        assertThat(TextNormalizer.terms("when do you open and close, what are your hours")).containsExactly("hours");
        assertThat(TextNormalizer.terms("Is there parking? where do I park")).containsExactly("parking", "location");
        assertThat(TextNormalizer.terms("Do you take walk-ins?")).containsExactly("walkin");
    }

    @Test
    void stopWordsAreDropped() {
        assertThat(TextNormalizer.terms("Hi, yeah, I was wondering if you could tell me about it")).isEmpty();
    }

    @Test
    void hintWordsWeighLessThanExplicitOnes() {
        assertThat(TextNormalizer.weightedTerms("where")).containsEntry("location", 0.5);
        assertThat(TextNormalizer.weightedTerms("where are you located")).containsEntry("location", 1.0);
        assertThat(TextNormalizer.weightedTerms("what time")).containsEntry("hours", 0.5);
    }
}
