package ai.tavari.adapters.ai.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.RecordingEvents;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentTranscript;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentTurnEnded;
import ai.tavari.application.port.out.conversation.EngineEvent.Ended;
import ai.tavari.application.port.out.conversation.EngineEvent.ToolCall;
import ai.tavari.application.port.out.conversation.ToolDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalConversationEngineTest {
    private static final String NO_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";
    private static final List<ToolDefinition> TOOLS = List.of(
            new ToolDefinition("get_business_hours", "Opening hours.", NO_PARAMETERS),
            new ToolDefinition("answer_faq", "The owner's answers.",
                    "{\"type\":\"object\",\"properties\":{\"question\":{\"type\":\"string\"}},"
                            + "\"required\":[\"question\"]}"),
            new ToolDefinition("take_message", "Save a message.", "{\"type\":\"object\",\"properties\":{"
                    + "\"caller_name\":{\"type\":\"string\"},"
                    + "\"callback_number\":{\"type\":\"string\",\"description\":\"Phone number to call back\"},"
                    + "\"reason\":{\"type\":\"string\"},"
                    + "\"urgency\":{\"type\":\"string\",\"enum\":[\"low\",\"normal\",\"urgent\"]}},"
                    + "\"required\":[\"reason\"]}"),
            new ToolDefinition("end_call", "Hang up.", NO_PARAMETERS));

    private final RecordingEvents events = new RecordingEvents();

    @Test
    void needsNoSpeechAndGreetsInText() {
        LocalConversationEngine engine = new LocalConversationEngine();
        engine.start(setup(TOOLS), events);

        assertThat(engine.capabilities()).isEmpty();
        assertThat(events.await(AgentTranscript.class))
                .isEqualTo(new AgentTranscript("Hello, Example Dental, how can I help?", true));
        events.await(AgentTurnEnded.class);
    }

    @Test
    void asksForTheHoursAndReadsTheResultOut() {
        ConversationSession session = start(TOOLS);

        session.sendCallerText("What are your opening hours on Saturday?");
        ToolCall call = events.await(ToolCall.class);
        session.submitToolResult(call.callId(), "{\"open_now\":false,\"right_now\":\"We are closed right now.\","
                + "\"weekly_hours\":\"Monday to Friday 9 to 5\"}", true);

        assertThat(call.name()).isEqualTo("get_business_hours");
        assertThat(call.argumentsJson()).isEqualTo("{}");
        assertThat(events.awaitCount(AgentTranscript.class, 2).get(1).text())
                .isEqualTo("We are closed right now. Our hours are Monday to Friday 9 to 5.");
    }

    @Test
    void passesOtherQuestionsToTheFaqToolAndRepliesWithTheAnswer() {
        ConversationSession session = start(TOOLS);

        session.sendCallerText("Do you take new patients?");
        ToolCall call = events.await(ToolCall.class);
        session.submitToolResult(call.callId(), "{\"found\":true,\"question\":\"New patients?\","
                + "\"answer\":\"Yes, we welcome new patients.\"}", true);

        assertThat(call.name()).isEqualTo("answer_faq");
        assertThat(call.argumentsJson()).isEqualTo("{\"question\":\"Do you take new patients?\"}");
        assertThat(events.awaitCount(AgentTranscript.class, 2).get(1).text())
                .isEqualTo("Yes, we welcome new patients.");
    }

    @Test
    void offersAMessageWhenTheFaqHasNoAnswer() {
        ConversationSession session = start(TOOLS);

        session.sendCallerText("Do you do braces?");
        ToolCall call = events.await(ToolCall.class);
        session.submitToolResult(call.callId(), "{\"found\":false,\"advice\":\"Offer a message.\"}", true);

        assertThat(events.awaitCount(AgentTranscript.class, 2).get(1).text()).contains("leave a message");
    }

    @Test
    void takesAMessageAcrossTurns() {
        ConversationSession session = start(TOOLS);

        session.sendCallerText("Could someone call me back?");
        assertThat(events.awaitCount(AgentTranscript.class, 2).get(1).text()).contains("name");
        session.sendCallerText("Ada Lovelace");
        assertThat(events.awaitCount(AgentTranscript.class, 3).get(2).text()).contains("number");
        session.sendCallerText("+1 555 123 4567");
        assertThat(events.awaitCount(AgentTranscript.class, 4).get(3).text()).contains("pass on");
        session.sendCallerText("My crown came off");
        ToolCall call = events.await(ToolCall.class);
        session.submitToolResult(call.callId(), "{\"saved\":true,\"urgency\":\"normal\"}", true);

        assertThat(call.name()).isEqualTo("take_message");
        assertThat(call.argumentsJson()).isEqualTo("{\"caller_name\":\"Ada Lovelace\","
                + "\"callback_number\":\"+1 555 123 4567\",\"reason\":\"My crown came off\"}");
        assertThat(events.awaitCount(AgentTranscript.class, 5).get(4).text()).contains("passed your message on");
    }

    @Test
    void saysGoodbyeAndEndsTheCall() {
        ConversationSession session = start(TOOLS);

        session.sendCallerText("Thanks, bye!");

        ToolCall call = events.await(ToolCall.class);
        assertThat(call.name()).isEqualTo("end_call");
        assertThat(events.all(AgentTranscript.class).get(1).text()).contains("Goodbye");
    }

    @Test
    void apologisesForWhatItHasNoToolFor() {
        ConversationSession session = start(List.of());

        session.sendCallerText("Can I speak to a human?");

        assertThat(events.awaitCount(AgentTranscript.class, 2).get(1).text())
                .isEqualTo("I'm sorry, I can't help with that.");
        assertThat(events.all(ToolCall.class)).isEmpty();
    }

    @Test
    void keepsQuietWhenTheResultNeedsNoReply() {
        ConversationSession session = start(TOOLS);
        session.sendCallerText("When do you open?");
        ToolCall call = events.await(ToolCall.class);

        session.submitToolResult(call.callId(), "{\"right_now\":\"Open.\"}", false);
        session.end();

        events.await(Ended.class);
        assertThat(events.all(AgentTranscript.class)).hasSize(1);
    }

    @Test
    void endsOnceAndThenStaysSilent() {
        ConversationSession session = start(TOOLS);

        session.end();
        session.end();
        session.sendCallerText("Hello?");

        assertThat(events.await(Ended.class).reason()).isEqualTo("ended");
        assertThat(events.all(Ended.class)).hasSize(1);
        assertThat(events.all(ToolCall.class)).isEmpty();
    }

    @Test
    void recognisesIntentsByWholeWords() {
        assertThat(CallerIntent.of("What time do you close on Fridays?")).isEqualTo(CallerIntent.HOURS);
        assertThat(CallerIntent.of("I'd like to leave a message")).isEqualTo(CallerIntent.MESSAGE);
        assertThat(CallerIntent.of("Can I talk to someone?")).isEqualTo(CallerIntent.TRANSFER);
        assertThat(CallerIntent.of("Goodbye")).isEqualTo(CallerIntent.GOODBYE);
        assertThat(CallerIntent.of("What does the byelaw say about parking?")).isEqualTo(CallerIntent.QUESTION);
    }

    private ConversationSession start(List<ToolDefinition> tools) {
        ConversationSession session = new LocalConversationEngine().start(setup(tools), events);
        events.await(AgentTranscript.class);
        return session;
    }

    private static CallSetup setup(List<ToolDefinition> tools) {
        return new CallSetup("Rules only.", "none", "en", tools, Optional.of("Hello, Example Dental, how can I help?"));
    }
}
