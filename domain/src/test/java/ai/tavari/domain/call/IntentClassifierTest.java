package ai.tavari.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.domain.agent.AgentTool;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntentClassifierTest {
    private static final Instant AT = Instant.parse("2026-03-04T15:00:00Z");

    private static List<TranscriptTurn> caller(String... lines) {
        return java.util.Arrays.stream(lines).map(line -> TranscriptTurn.caller(line, AT)).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "get_business_hours, HOURS",
            "answer_faq, FAQ",
            "take_message, MESSAGE",
            "transfer_call, TRANSFER"})
    void eachToolImpliesAnIntent(String tool, Intent intent) {
        assertThat(IntentClassifier.classify(List.of(tool, "end_call"), List.of())).isEqualTo(intent);
    }

    @Test
    void toolPriorityIsTransferThenMessageThenFaqThenHours() {
        assertThat(IntentClassifier.classify(List.of("get_business_hours", "answer_faq", "take_message", "transfer_call"),
                List.of())).isEqualTo(Intent.TRANSFER);
        assertThat(IntentClassifier.classify(List.of("get_business_hours", "answer_faq", "take_message"), List.of()))
                .isEqualTo(Intent.MESSAGE);
        assertThat(IntentClassifier.classify(List.of("get_business_hours", "answer_faq", "answer_faq"), List.of()))
                .isEqualTo(Intent.FAQ);
    }

    @Test
    void toolEvidenceOutranksTheTranscript() {
        assertThat(IntentClassifier.classify(List.of("take_message"),
                caller("I'd like to book an appointment for Friday"))).isEqualTo(Intent.MESSAGE);
        assertThat(IntentClassifier.classify(List.of("answer_faq"), caller("we can help your business rank on Google")))
                .isEqualTo(Intent.FAQ);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hi, I'm calling about your Google Business listing, it needs to be verified",
            "We can help your business rank higher with our SEO package",
            "This is about your car's extended warranty",
            "I'm calling from a merchant services company about your credit card processing fees",
            "Press 1 to speak to an agent"})
    void salesAndSpamPhrases(String line) {
        assertThat(IntentClassifier.classify(List.of("end_call"), caller(line))).isEqualTo(Intent.SPAM_OR_SALES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'd like to make an appointment",
            "Can I book a haircut for Saturday?",
            "Do you have any availability tomorrow?",
            "I need to reschedule",
            "A table for four at 7, please",
            "Could you fit me in this afternoon?"})
    void bookingRequests(String line) {
        assertThat(IntentClassifier.classify(List.of(), caller("Hello", line))).isEqualTo(Intent.BOOKING_REQUEST);
    }

    @Test
    void spamOutranksBooking() {
        assertThat(IntentClassifier.classify(List.of(), caller("Book a call with us about SEO")))
                .isEqualTo(Intent.SPAM_OR_SALES);
    }

    @Test
    void onlyTheCallersWordsCount() {
        List<TranscriptTurn> agentOnly = List.of(TranscriptTurn.agent("Would you like to book an appointment?", AT));
        assertThat(IntentClassifier.classify(List.of(), agentOnly)).isEqualTo(Intent.OTHER);
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertThat(IntentClassifier.classify(List.of(), caller("I saw you on Facebook", "my nephew Seon recommended you")))
                .isEqualTo(Intent.OTHER);
    }

    @Test
    void unknownToolsAndAnEmptyCallAreOther() {
        assertThat(IntentClassifier.classify(List.of("lookup_weather", "end_call"), List.of())).isEqualTo(Intent.OTHER);
        assertThat(IntentClassifier.classify(List.of(), caller("Hello? Anyone there?"))).isEqualTo(Intent.OTHER);
    }

    @Test
    void acceptsTypedTools() {
        assertThat(IntentClassifier.classifyTools(Set.of(AgentTool.GET_BUSINESS_HOURS), List.of())).isEqualTo(Intent.HOURS);
    }
}
