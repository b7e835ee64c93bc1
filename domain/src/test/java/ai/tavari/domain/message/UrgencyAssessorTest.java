package ai.tavari.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyAssessorTest {
    private static final List<String> KEYWORDS = List.of("leak", "no heat", "Emergency", "burst pipe");

    @ParameterizedTest(name = "\"{0}\" matches {1}")
    @CsvSource(delimiter = '|', value = {
            "There's water leaking from the ceiling | leak",
            "We have NO HEATING at all | no heat",
            "it's an emergency! | Emergency",
            "a burst pipe in the basement | burst pipe",
            "Leak. | leak"})
    void keywordsMatchAtWordStarts(String text, String keyword) {
        assertThat(UrgencyAssessor.matchedKeyword(text, KEYWORDS)).contains(keyword);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "please call me back about a quote",
            "the pipe burst last week",
            "heat is fine, no problem",
            "sleak design"})
    void otherTextDoesNotMatch(String text) {
        assertThat(UrgencyAssessor.matchedKeyword(text, KEYWORDS)).isEmpty();
    }

    @Test
    void aKeywordOverridesTheAgentsJudgement() {
        assertThat(UrgencyAssessor.assess("small leak under the sink", KEYWORDS, Optional.of(Urgency.LOW)))
                .isEqualTo(Urgency.URGENT);
    }

    @Test
    void otherwiseTheAgentsJudgementStands() {
        assertThat(UrgencyAssessor.assess("call me back", KEYWORDS, Optional.of(Urgency.URGENT))).isEqualTo(Urgency.URGENT);
        assertThat(UrgencyAssessor.assess("call me back", KEYWORDS, Optional.of(Urgency.LOW))).isEqualTo(Urgency.LOW);
        assertThat(UrgencyAssessor.assess("call me back", KEYWORDS, Optional.empty())).isEqualTo(Urgency.NORMAL);
        assertThat(UrgencyAssessor.assess(null, List.of(), Optional.empty())).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void firstKeywordInTheOwnersOrderIsReported() {
        assertThat(UrgencyAssessor.matchedKeyword("emergency: leak", KEYWORDS)).contains("leak");
    }
}
