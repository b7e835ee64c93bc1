package ai.tavari.application.service.call.live;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.fakes.InMemoryMessageRepository;
import ai.tavari.application.fakes.InMemoryUsageLedger;
import ai.tavari.application.fakes.JsonpTestToolJson;
import ai.tavari.application.fakes.ManualCallScheduler;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.port.out.CallMetrics;
import ai.tavari.application.port.out.CallSummarizer;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.Faq;
import ai.tavari.domain.agent.TransferRules;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.call.TranscriptTurn;
import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallBridgeTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final PhoneNumber OWNER_LINE = PhoneNumber.of("+14155550123");

    private final MutableClock clock = new MutableClock(T0);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryMessageRepository messages = new InMemoryMessageRepository(calls);
    private final InMemoryUsageLedger usage = new InMemoryUsageLedger(calls);
    private final NotificationFixture notifications = new NotificationFixture();
    private final ScriptedEngine engine = new ScriptedEngine();
    private final RecordingTelephony phone = new RecordingTelephony();
    private final ManualCallScheduler scheduler = new ManualCallScheduler();
    private final List<String> overageReports = new ArrayList<>();
    private final OverageReports overage = new OverageReports((businessId, callId) -> {
        overageReports.add(callId.value().toString());
        return null;
    }, scheduler);
    private final List<CallBridge> closed = new ArrayList<>();
    private final LiveCallSettings settings = LiveCallSettings.defaults();
    private Optional<String> summary = Optional.empty();

    private Business business;
    private AgentProfile profile;
    private CallSession call;
    private CallBridge bridge;

    @BeforeEach
    void setUp() {
        business = Business.signedUp(BusinessId.newId(), "Bella Dental", T0.minusSeconds(86_400))
                .withInfo("Bella Dental", OWNER_LINE, ZONE, "dentist", "1 Main St");
        profile = AgentProfile.defaultFor(business)
                .withHours(HoursSchedule.alwaysOpen(ZONE))
                .withFaqs(List.of(Faq.of("Do you take walk-ins?", "Yes, until 4 PM every weekday.")))
                .withTransferRules(TransferRules.always(OWNER_LINE))
                .withMessageSettings(AgentProfile.defaultFor(business).messageSettings()
                        .withNotificationEmail(Optional.of(new EmailAddress("owner@bella.example")))
                        .withSmsNumber(Optional.of(OWNER_LINE))
                        .withUrgentKeywords(List.of("toothache")));
        call = CallSession.ring(CallId.newId(), business.id(), "+12125550199", "+13125550100",
                Optional.of("vox-1"), T0);
        call.authorize(T0, Duration.ofMinutes(10));
        calls.add(call);
        bridge = new CallBridge(call, business, profile, engine, recorder(),
                (businessName, transcript) -> summary, new JsonpTestToolJson(), settings, CallMetrics.NONE, clock, nanos::get,
                new SerialTasks(scheduler), closed::add);
        bridge.start("You are the receptionist of Bella Dental.");
    }

    /** The business is not stored: messages are told to the owner, usage (never looked up) is not. */
    private CallRecorder recorder() {
        InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
        return new CallRecorder(calls, messages, usage, overage, notifications.messageAlerts(setups, clock),
                notifications.usageAlerts(businessId -> {
                    throw new AssertionError("usage of a business that is not stored");
                }, new InMemoryBusinessRepository(), setups, clock));
    }

    private void advance(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
        clock.advance(Duration.ofMillis(millis));
        bridge.tick();
    }

    private void advanceInTicks(long millis) {
        for (long done = 0; done < millis; done += 20) {
            advance(20);
        }
    }

    private CallSession stored() {
        return calls.findById(business.id(), call.id()).orElseThrow();
    }

    // ---- start and greeting ----

    @Test
    void opensTheConversationWithTheAgentsVoiceToolsAndGreeting() {
        assertThat(engine.setup.instructions()).contains("Bella Dental");
        assertThat(engine.setup.voice()).isEqualTo(profile.voice());
        assertThat(engine.setup.greeting()).hasValueSatisfying(greeting -> assertThat(greeting).contains(profile.greeting()));
        assertThat(engine.setup.tools()).extracting(tool -> tool.name())
                .containsExactly("get_business_hours", "answer_faq", "take_message", "transfer_call", "end_call");
    }

    @Test
    void theGreetingWaitsForTheMediaAndThenPlaysPacedToRealTime() {
        engine.speak("greeting", 1000);
        assertThat(phone.actions).isEmpty();

        bridge.attach(phone);

        assertThat(stored().state()).isEqualTo(CallState.IN_CONVERSATION);
        assertThat(phone.playedMillis).isEqualTo(1000);
        // one delta is sent whole; the next waits until the lead is small again
        engine.speak("greeting", 100);
        assertThat(phone.playedMillis).isEqualTo(1000);
        advanceInTicks(900);
        assertThat(phone.playedMillis).isEqualTo(1100);
    }

    @Test
    void agentAudioIsSentNoMoreThanTheLeadAheadOfRealTime() {
        bridge.attach(phone);
        for (int i = 0; i < 50; i++) {
            engine.speak("reply", 20);
        }

        assertThat(phone.playedMillis).isEqualTo(200);
        advance(100);
        assertThat(phone.playedMillis).isEqualTo(300);
        advanceInTicks(2000);
        assertThat(phone.playedMillis).isEqualTo(1000);
    }

    @Test
    void callerAudioGoesToTheEngineUnchangedOnceMediaIsConnected() {
        var frame = ScriptedEngine.audio(20);
        bridge.callerAudio(frame);
        bridge.attach(phone);
        bridge.callerAudio(frame);

        assertThat(engine.callerAudio).containsExactly(frame);
    }

    // ---- barge-in ----

    @Test
    void bargeInClearsThePhoneAtOnceAndTruncatesTheReplyAtWhatWasHeard() {
        bridge.attach(phone);
        for (int i = 0; i < 100; i++) {
            engine.speak("item_A1", 20);
        }
        advanceInTicks(300);

        engine.emit(new EngineEvent.CallerSpeechStarted(Duration.ofMillis(4000)));

        assertThat(phone.actions.get(phone.actions.size() - 1)).isEqualTo("clear");
        assertThat(engine.calls).containsExactly("truncate:item_A1:300");
        int playedBefore = phone.playedMillis;
        engine.speak("item_A1", 20);
        advanceInTicks(200);
        assertThat(phone.playedMillis).as("late audio of the interrupted reply is dropped").isEqualTo(playedBefore);
        engine.speak("item_A2", 20);
        assertThat(phone.playedMillis).isEqualTo(playedBefore + 20);
    }

    @Test
    void noTruncateWhenTheCallerHeardTheWholeReply() {
        bridge.attach(phone);
        engine.speak("item_A1", 100);
        advanceInTicks(500);

        engine.emit(new EngineEvent.CallerSpeechStarted(Duration.ofMillis(4000)));

        assertThat(phone.withoutAudio()).doesNotContain("clear");
        assertThat(engine.calls).isEmpty();
    }

    // ---- transcript ----

    @Test
    void storesTranscriptTurnsAsTheyComplete() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.AgentTranscript("Thanks for calling Bella Dental!", true));
        clock.advance(Duration.ofSeconds(2));
        engine.emit(new EngineEvent.CallerTranscript("Do you take walk", false));
        engine.emit(new EngineEvent.CallerTranscript("Do you take walk-ins?", true));

        assertThat(stored().transcript()).extracting(TranscriptTurn::speaker, TranscriptTurn::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Speaker.AGENT, "Thanks for calling Bella Dental!"),
                org.assertj.core.groups.Tuple.tuple(Speaker.CALLER, "Do you take walk-ins?"));
    }

    // ---- tools ----

    @Test
    void answersFaqsFromTheOwnersAnswersAndEachToolCallOnlyOnce() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.ToolCall("call_1", "answer_faq", "{\"question\":\"can I walk in without an appointment\"}"));
        engine.emit(new EngineEvent.ToolCall("call_1", "answer_faq", "{\"question\":\"can I walk in without an appointment\"}"));

        assertThat(engine.toolResults).hasSize(1);
        assertThat(engine.toolResults.get(0)).startsWith("call_1|").contains("until 4 PM").endsWith("|true");
    }

    @Test
    void toolCallsWithBadArgumentsGetAnErrorTheAgentCanRecoverFrom() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.ToolCall("call_1", "answer_faq", "{not json"));
        engine.emit(new EngineEvent.ToolCall("call_2", "answer_faq", "{}"));
        engine.emit(new EngineEvent.ToolCall("call_3", "book_table", "{}"));

        assertThat(engine.toolResults).hasSize(3).allSatisfy(result -> assertThat(result).contains("error"));
        assertThat(engine.toolResults.get(2)).contains("unknown tool");
    }

    @Test
    void tellsTheHours() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.ToolCall("call_1", "get_business_hours", "{}"));

        assertThat(engine.toolResults.get(0)).contains("\"open_now\":true");
    }

    @Test
    void takeMessageStoresTheMessageBeforeAnsweringAndTellsTheOwner() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.ToolCall("call_1", "take_message",
                "{\"caller_name\":\"Dana\",\"callback_number\":\"+1 212 555 0199\",\"reason\":\"Bad toothache since Monday\"}"));

        List<Message> stored = messages.list(business.id(), MessageQuery.newest()).items();
        assertThat(stored).singleElement().satisfies(message -> {
            assertThat(message.callerName()).contains("Dana");
            assertThat(message.callId()).contains(call.id());
            assertThat(message.urgency()).isEqualTo(Urgency.URGENT);
        });
        assertThat(stored().linkedMessageId()).contains(stored.get(0).id());
        assertThat(engine.toolResults.get(0)).contains("\"saved\":true");
        assertThat(notifications.outbox.rows()).extracting(row -> row.notification.channel() + ":"
                        + row.notification.recipient() + ":" + row.notification.subject().orElse(""))
                .containsExactly("EMAIL:owner@bella.example:URGENT message from Dana for Bella Dental",
                        "SMS:+14155550123:");
        assertThat(notifications.outbox.rows().get(0).notification.text())
                .contains("Bad toothache since Monday", "https://tavari.example/app/calls/" + call.id().value());
    }

    @Test
    void endCallHangsUpOnceTheGoodbyeHasPlayedAndMetersTheCallOnce() {
        bridge.attach(phone);
        clock.advance(Duration.ofSeconds(75));
        engine.speak("bye", 600);
        engine.emit(new EngineEvent.ToolCall("call_9", "end_call", "{}"));
        engine.emit(new EngineEvent.AgentTurnEnded(false));

        assertThat(engine.toolResults.get(0)).endsWith("|false");
        assertThat(phone.withoutAudio()).doesNotContain("hangup");
        advanceInTicks(700);

        assertThat(phone.withoutAudio()).containsExactly("hangup");
        assertThat(engine.ended).isTrue();
        CallSession ended = stored();
        assertThat(ended.outcome()).contains(Outcome.COMPLETED);
        assertThat(ended.summary()).isPresent();
        assertThat(ended.cost()).isPresent();
        bridge.telephonyEnded("server_hangup");
        assertThat(usage.minutesUsed(business.id(), period())).isEqualTo(2);
        assertThat(closed).containsExactly(bridge);
    }

    @Test
    void endCallWithoutAGoodbyeAsksTheAgentToSayOne() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.ToolCall("call_9", "end_call", "{}"));

        assertThat(engine.toolResults.get(0)).contains("goodbye").endsWith("|true");
        engine.emit(new EngineEvent.AgentTurnEnded(false));
        engine.speak("bye", 200);
        engine.emit(new EngineEvent.AgentTurnEnded(false));
        advanceInTicks(300);

        assertThat(phone.withoutAudio()).containsExactly("hangup");
    }

    @Test
    void transfersAfterTheAnnouncementAndEndsTransferredWhenThePersonAnswers() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.ToolCall("call_t", "transfer_call", "{\"reason\":\"wants Bella\"}"));
        assertThat(engine.toolResults.get(0)).contains("\"transferring\":true").endsWith("|true");
        engine.emit(new EngineEvent.AgentTurnEnded(false));
        engine.speak("announce", 300);
        engine.emit(new EngineEvent.AgentTurnEnded(false));
        assertThat(phone.withoutAudio()).isEmpty();

        advanceInTicks(400);

        assertThat(phone.withoutAudio()).containsExactly("transfer:+14155550123");
        assertThat(stored().state()).isEqualTo(CallState.TRANSFERRING);
        bridge.transferResult(true, Optional.empty());
        assertThat(stored().outcome()).contains(Outcome.TRANSFERRED);
    }

    @Test
    void aFailedTransferBringsTheAgentBackToOfferAMessage() {
        bridge.attach(phone);
        engine.speak("announce", 200);
        engine.emit(new EngineEvent.ToolCall("call_t", "transfer_call", "{}"));
        engine.emit(new EngineEvent.AgentTurnEnded(false));
        advanceInTicks(300);

        bridge.transferResult(false, Optional.of(486));

        assertThat(stored().state()).isEqualTo(CallState.IN_CONVERSATION);
        assertThat(engine.calls).anySatisfy(action -> assertThat(action).startsWith("context:FACT:The transfer failed"));
        assertThat(engine.calls).anySatisfy(action -> assertThat(action).startsWith("say:").contains("message"));
    }

    @Test
    void noTransferWhenTheOwnerDoesNotAllowOne() {
        bridge = newBridgeWith(profile.withTransferRules(TransferRules.never()));
        bridge.attach(phone);

        engine.emit(new EngineEvent.ToolCall("call_t", "transfer_call", "{}"));
        advanceInTicks(12_000);

        assertThat(engine.setup.tools()).extracting(tool -> tool.name()).doesNotContain("transfer_call");
        assertThat(engine.toolResults.get(0)).contains("\"transferring\":false");
        assertThat(phone.withoutAudio()).isEmpty();
    }

    // ---- failures ----

    @Test
    void aFatalEngineErrorSendsTheCallerToVoicemailAndKeepsTheRecord() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.AgentTranscript("Hello, Bella Dental.", true));
        engine.emit(new EngineEvent.EngineError("server_error", "socket closed", true));

        assertThat(phone.withoutAudio()).containsExactly("clear", "voicemail");
        assertThat(engine.ended).isTrue();
        CallSession stored = stored();
        assertThat(stored.outcome()).contains(Outcome.AI_FAILURE_FALLBACK);
        assertThat(stored.transcript()).extracting(TranscriptTurn::text).containsExactly("Hello, Bella Dental.");
    }

    @Test
    void anEngineThatFailedBeforeTheMediaConnectedSendsTheCallerToVoicemailOnConnect() {
        engine.emit(new EngineEvent.EngineError("connect_timeout", "no answer in 3 s", true));

        bridge.attach(phone);

        assertThat(phone.withoutAudio()).containsExactly("voicemail");
        assertThat(stored().outcome()).contains(Outcome.AI_FAILURE_FALLBACK);
    }

    @Test
    void anAgentThatStaysSilentAfterTheCallerSpokeCountsAsFailed() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.CallerSpeechStopped(Duration.ofSeconds(3)));
        advanceInTicks(4_900);
        assertThat(phone.withoutAudio()).isEmpty();

        advanceInTicks(200);

        assertThat(phone.withoutAudio()).containsExactly("clear", "voicemail");
        assertThat(stored().outcome()).contains(Outcome.AI_FAILURE_FALLBACK);
    }

    @Test
    void nonFatalEngineErrorsAreOnlyNoted() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.EngineError("invalid_value", "bad truncate", false));

        assertThat(phone.withoutAudio()).isEmpty();
        assertThat(stored().isActive()).isTrue();
    }

    // ---- endings ----

    @Test
    void theCallerHangingUpEndsTheCallOnceAndMetersIt() {
        bridge.attach(phone);
        clock.advance(Duration.ofSeconds(30));

        bridge.telephonyEnded("caller_hangup");
        bridge.telephonyEnded("caller_hangup");
        bridge.mediaFailed("socket closed");

        assertThat(stored().outcome()).contains(Outcome.CALLER_HUNG_UP);
        assertThat(usage.minutesUsed(business.id(), period())).isEqualTo(1);
        assertThat(closed).containsExactly(bridge);
        assertThat(engine.ended).isTrue();
    }

    @Test
    void aWrittenSummaryReplacesTheExtractiveOneWhenASummarizerGivesOne() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.CallerTranscript("Do you take walk-ins on Saturday?", true));
        summary = Optional.of("Caller asked about Saturday walk-ins; told yes until 4 PM.");

        bridge.telephonyEnded("caller_hangup");

        assertThat(stored().summary()).contains("Caller asked about Saturday walk-ins; told yes until 4 PM.");
    }

    @Test
    void theExtractiveSummaryStaysWhenTheSummarizerGivesNone() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.CallerTranscript("Do you take walk-ins on Saturday?", true));

        bridge.telephonyEnded("caller_hangup");

        assertThat(stored().summary()).hasValueSatisfying(text -> assertThat(text)
                .contains("Do you take walk-ins on Saturday?").contains("the caller hung up"));
    }

    @Test
    void wrapsUpBeforeTheCapAndHangsUpAtIt() {
        bridge.attach(phone);
        clock.advance(Duration.ofMinutes(9).plusSeconds(29));
        advance(20);
        assertThat(engine.calls).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        advance(20);
        assertThat(engine.calls).singleElement().asString().startsWith("context:RULE:");

        clock.advance(Duration.ofSeconds(30));
        advance(20);
        assertThat(engine.calls).last().asString().startsWith("say:");
        engine.speak("bye", 200);
        engine.emit(new EngineEvent.AgentTurnEnded(false));
        advanceInTicks(300);

        assertThat(phone.withoutAudio()).containsExactly("hangup");
        assertThat(stored().outcome()).contains(Outcome.LIMIT_REACHED);
    }

    @Test
    void aCallWhoseMediaNeverConnectsIsGivenUp() {
        advanceInTicks((int) settings.mediaConnectTimeout().toMillis() + 100);

        assertThat(stored().outcome()).contains(Outcome.CALLER_HUNG_UP);
        assertThat(engine.ended).isTrue();
        assertThat(closed).containsExactly(bridge);
    }

    @Test
    void costsAddUpFromTheEnginesUsage() {
        bridge.attach(phone);
        engine.emit(new EngineEvent.Usage(20_000, 1_000, 0, 30_000, 500, Duration.ZERO));
        clock.advance(Duration.ofSeconds(60));

        bridge.telephonyEnded("caller_hangup");

        // 20k audio in × $32/M + 1k text in × $4/M + 30k audio out × $64/M + 500 text out × $16/M = $2.572
        assertThat(stored().cost().orElseThrow().ai().minorUnits()).isEqualTo(257);
        assertThat(stored().cost().orElseThrow().telephony().minorUnits()).isEqualTo(2);
    }

    private CallBridge newBridgeWith(AgentProfile otherProfile) {
        CallBridge other = new CallBridge(call, business, otherProfile, engine, recorder(),
                CallSummarizer.NONE, new JsonpTestToolJson(), settings, CallMetrics.NONE, clock, nanos::get,
                new SerialTasks(scheduler), closed::add);
        other.start("instructions");
        return other;
    }

    private static UsagePeriod period() {
        return new UsagePeriod(T0.minusSeconds(86_400), T0.plusSeconds(86_400 * 30L));
    }
}
