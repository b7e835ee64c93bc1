package ai.tavari.application.service.call.live;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.JsonpTestToolJson;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.port.in.agent.TrialMessage;
import ai.tavari.application.port.in.agent.TrialReply;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ContextKind;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.application.port.out.conversation.TextEngine;
import ai.tavari.application.service.auth.DefaultAgentSetup;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentTrialsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final ExecutorService engineThread = Executors.newSingleThreadExecutor();
    private AgentTrials trials;
    private BusinessId bella;
    private BusinessId other;

    /** A text engine like the local one: answers on its own thread, asks for hours, hangs up on "bye". */
    private final class EchoingEngine implements TextEngine {
        @Override
        public Set<EngineCapability> capabilities() {
            return Set.of();
        }

        @Override
        public ConversationSession start(CallSetup setup, Consumer<EngineEvent> events) {
            engineThread.execute(() -> {
                events.accept(new EngineEvent.AgentTranscript(setup.greeting().orElseThrow(), true));
                events.accept(new EngineEvent.AgentTurnEnded(false));
            });
            return new ConversationSession() {
                private int calls;

                @Override
                public void sendCallerText(String text) {
                    engineThread.execute(() -> {
                        String tool = text.contains("bye") ? "end_call" : text.contains("open") ? "get_business_hours"
                                : "take_message";
                        if (tool.equals("end_call")) {
                            events.accept(new EngineEvent.AgentTranscript("Goodbye!", true));
                        }
                        String arguments = tool.equals("take_message") ? "{\"reason\":\"" + text + "\"}" : "{}";
                        events.accept(new EngineEvent.ToolCall("c" + (++calls), tool, arguments));
                        events.accept(new EngineEvent.AgentTurnEnded(false));
                    });
                }

                @Override
                public void submitToolResult(String toolCallId, String resultJson, boolean agentReplies) {
                    if (agentReplies) {
                        engineThread.execute(() -> {
                            events.accept(new EngineEvent.AgentTranscript("Result: " + resultJson, true));
                            events.accept(new EngineEvent.AgentTurnEnded(false));
                        });
                    }
                }

                @Override
                public void sendCallerAudio(MulawAudio audio) {
                }

                @Override
                public void addContext(String text, ContextKind kind) {
                }

                @Override
                public void say(String instruction) {
                }

                @Override
                public void reportPlayback(String itemRef, Duration played) {
                }

                @Override
                public void cancelAgentSpeech() {
                }

                @Override
                public void end() {
                }
            };
        }
    }

    @BeforeEach
    void setUp() {
        bella = business("Bella Dental");
        other = business("Other Optics");
        trials = new AgentTrials(new TrialSetups(businesses, setups, clock), new EchoingEngine(), new JsonpTestToolJson(),
                clock);
    }

    @AfterEach
    void stopEngine() {
        engineThread.shutdownNow();
    }

    private BusinessId business(String name) {
        Business business = Business.signedUp(BusinessId.newId(), name, T0)
                .withInfo(name, PhoneNumber.of("+14155550123"), ZoneId.of("America/New_York"), "dentist", "");
        businesses.add(business);
        new DefaultAgentSetup(setups.profiles()).prepare(business, T0);
        return business.id();
    }

    @Test
    void aNewChatStartsWithTheGreetingAndAnswersFromTheToolsOfThePhoneAgent() {
        TrialReply reply = trials.chat(bella, new TrialMessage(Optional.empty(), "Are you open today?"));

        assertThat(reply.agentSaid()).hasSize(2);
        assertThat(reply.agentSaid().get(0)).contains("Bella Dental");
        assertThat(reply.agentSaid().get(1)).contains("open_now");
        assertThat(reply.toolsUsed()).containsExactly("get_business_hours");
        assertThat(reply.ended()).isFalse();
    }

    @Test
    void aChatContinuesByItsIdAndNothingIsStoredWhenAMessageIsTaken() {
        TrialReply first = trials.chat(bella, new TrialMessage(Optional.empty(), "Are you open today?"));

        TrialReply second = trials.chat(bella, new TrialMessage(Optional.of(first.conversationId()),
                "Please ask Dr. Bella to call me back"));

        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        assertThat(second.agentSaid()).singleElement().asString().contains("\"saved\":true");
        assertThat(second.toolsUsed()).containsExactly("get_business_hours", "take_message");
    }

    @Test
    void anotherBusinessCannotContinueThisChat() {
        TrialReply bellas = trials.chat(bella, new TrialMessage(Optional.empty(), "Are you open today?"));

        TrialReply others = trials.chat(other, new TrialMessage(Optional.of(bellas.conversationId()), "Are you open?"));

        assertThat(others.conversationId()).isNotEqualTo(bellas.conversationId());
        assertThat(others.agentSaid().get(0)).contains("Other Optics").doesNotContain("Bella");
    }

    @Test
    void goodbyeEndsTheChatAndTheNextMessageStartsAFreshOne() {
        TrialReply bye = trials.chat(bella, new TrialMessage(Optional.empty(), "ok bye"));

        assertThat(bye.ended()).isTrue();
        assertThat(bye.agentSaid()).last().isEqualTo("Goodbye!");
        TrialReply again = trials.chat(bella, new TrialMessage(Optional.of(bye.conversationId()), "Are you open?"));
        assertThat(again.conversationId()).isNotEqualTo(bye.conversationId());
    }

    @Test
    void idleChatsAreForgotten() {
        TrialReply first = trials.chat(bella, new TrialMessage(Optional.empty(), "Are you open today?"));
        clock.advance(AgentTrials.IDLE_LIMIT.plusSeconds(1));

        TrialReply later = trials.chat(bella, new TrialMessage(Optional.of(first.conversationId()), "Are you open?"));

        assertThat(later.conversationId()).isNotEqualTo(first.conversationId());
        assertThat(List.of(later.agentSaid().get(0))).allSatisfy(line -> assertThat(line).contains("Bella Dental"));
    }
}
