package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.openai.fake.FakeRealtimeConnection;
import ai.tavari.adapters.ai.openai.fake.FakeRealtimeServer;
import ai.tavari.adapters.ai.openai.fake.RecordedEvent;
import ai.tavari.adapters.telephony.fixtures.ScenarioEvents;
import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient;
import ai.tavari.adapters.telephony.fixtures.VoximplantMediaClient;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live calls end to end on loopback: signed webhooks and the media socket as the Voximplant
 * scenario uses them, the real server with its real database, and a fake OpenAI Realtime server
 * that checks every event the server sends against the published schema.
 */
@ExtendWith(RunningTavari.class)
class LiveCallIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CALLER = "+12125550199";

    private TavariServer server;
    private FakeRealtimeServer openAi;
    private SignedWebhookClient webhook;

    @BeforeEach
    void connect(TavariServer running) {
        server = running;
        openAi = running.openAi();
        webhook = new SignedWebhookClient(running.baseUri(), TavariServer.VOXIMPLANT_WEBHOOK_SECRET);
    }

    /** An owner who finished the wizard, and the number callers dial to reach their agent. */
    private record LiveOwner(Owner owner, String number) {
    }

    private LiveOwner liveOwner(String businessName) throws Exception {
        Owner owner = LiveNumbers.finishedOwner(server, businessName);
        return new LiveOwner(owner, LiveNumbers.assignNumber(server, owner.businessId()));
    }

    /** A connected call: the decision, the engine's session, and the phone side streaming. */
    private record LiveCall(String callId, String voxCallId, FakeRealtimeConnection ai, VoximplantMediaClient phone) {
    }

    private LiveCall call(LiveOwner owner) {
        String voxCallId = "vox-" + UUID.randomUUID();
        SignedWebhookClient.Answer answer = webhook.post(ScenarioEvents.callStarted(eventId(), voxCallId, CALLER,
                owner.number()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject decision = answer.json();
        assertThat(decision.getString("action")).isEqualTo("connect");
        FakeRealtimeConnection ai = openAi.awaitConnection(WAIT);
        VoximplantMediaClient phone = VoximplantMediaClient.connect(decision.getString("mediaUrl"),
                decision.getString("token"));
        phone.startStreaming();
        ai.awaitSessionUpdate();
        // the greeting is the first response; scripted turns start once it is complete
        ai.awaitResponse(0).awaitDone(WAIT);
        return new LiveCall(decision.getString("callId"), voxCallId, ai, phone);
    }

    private static String eventId() {
        return "e2e-" + UUID.randomUUID();
    }

    private void callerHangsUp(LiveCall call) {
        call.phone().callEnded("caller_hangup");
        call.phone().close();
        assertThat(webhook.post(ScenarioEvents.callEnded(eventId(), call.voxCallId(), "caller_hangup", 30)).status())
                .isEqualTo(200);
    }

    /** The summary written by the text model replaces the extractive one shortly after the call. */
    private void awaitSummary(Owner owner, String callId, String summary) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!summary.equals(owner.get("api/calls/" + callId).object().getString("summary", ""))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no written summary: " + owner.get("api/calls/" + callId).body());
            }
            Thread.sleep(100);
        }
    }

    private JsonObject awaitEndedCall(Owner owner, String callId) throws InterruptedException {
        return awaitEndedCall(owner, callId, WAIT);
    }

    private JsonObject awaitEndedCall(Owner owner, String callId, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            OwnerApi.Answer details = owner.get("api/calls/" + callId);
            if (details.status() == 200 && details.object().containsKey("outcome")
                    && !details.object().isNull("outcome")) {
                return details.object();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("call " + callId + " did not end: " + details.body());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void theAgentGreetsAnswersAnFaqAndHangsUpAfterItsGoodbye() throws Exception {
        LiveOwner bella = liveOwner("Bella Hair");
        LiveCall call = call(bella);

        JsonNode session = call.ai().awaitSessionUpdate();
        assertThat(session.at("/type").asText()).isEqualTo("realtime");
        assertThat(session.at("/instructions").asText()).contains("Bella Hair");
        assertThat(session.at("/audio/input/format/type").asText()).isEqualTo("audio/pcmu");
        assertThat(session.at("/audio/output/format/type").asText()).isEqualTo("audio/pcmu");
        List<String> tools = new ArrayList<>();
        session.at("/tools").forEach(tool -> tools.add(tool.get("name").asText()));
        assertThat(tools).contains("get_business_hours", "answer_faq", "take_message", "end_call");
        call.phone().awaitAgentAudio(Duration.ofMillis(200), WAIT);
        assertThat(call.ai().appendedAudio()).as("caller audio reaches the engine").isNotEmpty();

        call.ai().callerTranscript("Do you take walk-ins?");
        scriptWhenIdle(call.ai(), () -> call.ai().callFunction("answer_faq", "{\"question\":\"do you take walk-ins\"}"));
        RecordedEvent output = call.ai().awaitReceived("conversation.item.create",
                json -> "function_call_output".equals(json.at("/item/type").asText()));
        assertThat(output.json().at("/item/output").asText()).contains("when a chair is free");

        scriptWhenIdle(call.ai(), () -> call.ai().callFunction("end_call", "{}"));
        call.phone().awaitControl("hangup", WAIT);
        assertThat(webhook.post(ScenarioEvents.callEnded(eventId(), call.voxCallId(), "server_hangup", 12)).status())
                .isEqualTo(200);
        call.phone().close();

        JsonObject ended = awaitEndedCall(bella.owner(), call.callId());
        assertThat(ended.getString("outcome")).isEqualTo("COMPLETED");
        assertThat(ended.toString()).contains("Do you take walk-ins?");
        assertThat(ended.getString("intent")).isEqualTo("FAQ");
        awaitSummary(bella.owner(), call.callId(), TavariServer.CALL_SUMMARY);
        // a reply the server starts by itself can cross a requested one on the wire (the engine then
        // asks again once it is over); anything else would be an invalid event
        assertThat(call.ai().errorsSent()).as("every event the server sent was valid")
                .allSatisfy(error -> assertThat(error.path("code").asText())
                        .isEqualTo("conversation_already_has_active_response"));
    }

    @Test
    void aMessageIsStoredAtOnceAndTheCallEndsAsMessageTaken() throws Exception {
        LiveOwner owner = liveOwner("Message Plumbing");
        LiveCall call = call(owner);
        call.ai().awaitSessionUpdate();

        scriptWhenIdle(call.ai(), () -> call.ai().callFunction("take_message",
                "{\"caller_name\":\"Dana Reyes\",\"callback_number\":\"+1 415 555 0142\",\"reason\":\"Pipe burst in the kitchen, emergency\"}"));
        call.ai().awaitReceived("conversation.item.create",
                json -> json.at("/item/output").asText().contains("\"saved\":true"));

        OwnerApi.Answer messages = owner.owner().get("api/messages");
        assertThat(messages.body()).contains("Dana Reyes").contains("Pipe burst");
        callerHangsUp(call);
        JsonObject ended = awaitEndedCall(owner.owner(), call.callId());
        assertThat(ended.getString("outcome")).isEqualTo("MESSAGE_TAKEN");
    }

    @Test
    void bargeInClearsThePhoneAndTruncatesAtWhatTheCallerHeard() throws Exception {
        LiveOwner owner = liveOwner("Barge Cafe");
        LiveCall call = call(owner);
        call.phone().awaitAgentAudio(Duration.ofMillis(100), WAIT);
        Thread.sleep(call.phone().agentAudioMillis() + 500);
        int framesBefore = call.phone().agentMedia().size();

        call.ai().respondWithAudio(Duration.ofSeconds(5), "Let me tell you all about our menu today.");
        call.phone().await(received -> call.phone().agentMedia().size() > framesBefore + 20, WAIT);
        call.ai().speechStarted();
        VoximplantMediaClient.Received clear = call.phone().awaitControl("clear", WAIT);

        RecordedEvent truncate = call.ai().awaitReceived("conversation.item.truncate");
        long firstFrameOfReply = call.phone().agentMedia().get(framesBefore).nanos();
        long heardAtClient = (clear.nanos() - firstFrameOfReply) / 1_000_000;
        assertThat(truncate.json().get("audio_end_ms").asLong()).isBetween(heardAtClient - 40, heardAtClient + 40);
        assertThat(truncate.json().get("content_index").asInt()).isZero();
        callerHangsUp(call);

        String metrics = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("tavari_barge_ins", "tavari_calls_active", "tavari_call_setup",
                "tavari_time_to_first_agent_audio", "tavari_calls_started", "tavari_calls_ended");
    }

    @Test
    void whenTheAiDropsTheCallerIsSentToVoicemailAndTheRecordIsKept() throws Exception {
        LiveOwner owner = liveOwner("Dropped Dental");
        LiveCall call = call(owner);
        call.ai().awaitSessionUpdate();
        call.phone().awaitAgentAudio(Duration.ofMillis(100), WAIT);
        call.ai().callerTranscript("Hi, I need a cleaning.");
        Thread.sleep(300);

        Instant dropped = Instant.now();
        call.ai().drop();
        VoximplantMediaClient.Received voicemail = call.phone().awaitControl("voicemail", WAIT);
        System.out.println("AI drop to voicemail control: " + Duration.between(dropped, voicemail.at()).toMillis() + " ms");

        JsonObject ended = awaitEndedCall(owner.owner(), call.callId());
        assertThat(ended.getString("outcome")).isEqualTo("AI_FAILURE_FALLBACK");
        assertThat(ended.toString()).contains("Hi, I need a cleaning.");
        callerHangsUp(call);
    }

    @Test
    void twoBusinessesCalledAtOnceNeverShareAConversation() throws Exception {
        LiveOwner first = liveOwner("First Florist");
        LiveOwner second = liveOwner("Second Barber");
        LiveCall firstCall = call(first);
        JsonNode firstSession = firstCall.ai().awaitSessionUpdate();
        LiveCall secondCall = call(second);
        JsonNode secondSession = secondCall.ai().awaitSessionUpdate();

        assertThat(firstSession.at("/instructions").asText()).contains("First Florist").doesNotContain("Second Barber");
        assertThat(secondSession.at("/instructions").asText()).contains("Second Barber").doesNotContain("First Florist");
        scriptWhenIdle(firstCall.ai(), () -> firstCall.ai().callFunction("take_message", "{\"caller_name\":\"Ann\",\"reason\":\"Roses for Friday\"}"));
        scriptWhenIdle(secondCall.ai(), () -> secondCall.ai().callFunction("take_message", "{\"caller_name\":\"Bob\",\"reason\":\"Beard trim\"}"));
        firstCall.ai().awaitReceived("conversation.item.create", json -> json.at("/item/output").asText().contains("saved"));
        secondCall.ai().awaitReceived("conversation.item.create", json -> json.at("/item/output").asText().contains("saved"));

        assertThat(first.owner().get("api/messages").body()).contains("Roses for Friday").doesNotContain("Beard trim");
        assertThat(second.owner().get("api/messages").body()).contains("Beard trim").doesNotContain("Roses for Friday");
        assertThat(second.owner().get("api/calls/" + firstCall.callId()).status()).isEqualTo(404);
        callerHangsUp(firstCall);
        callerHangsUp(secondCall);
    }

    @Test
    void aCallTheAgentMayNotTakeOpensNoAiSession() throws Exception {
        Owner unfinished = new OwnerApi(server).signUp("Unfinished Gym");
        String number = LiveNumbers.assignNumber(server, unfinished.businessId());
        int sessionsBefore = openAi.connections().size();

        SignedWebhookClient.Answer answer = webhook.post(ScenarioEvents.callStarted(eventId(), "vox-" + UUID.randomUUID(),
                CALLER, number));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("action")).isIn("reject", "forward", "voicemail");
        Thread.sleep(500);
        assertThat(openAi.connections()).hasSize(sessionsBefore);
        JsonObject list = unfinished.get("api/calls").object();
        assertThat(list.toString()).contains("REJECTED");
    }

    @Test
    void badDuplicateAndReplayedWebhooksChangeNothing() throws Exception {
        LiveOwner owner = liveOwner("Guarded Garage");
        String event = ScenarioEvents.callStarted(eventId(), "vox-" + UUID.randomUUID(), CALLER, owner.number());
        int sessionsBefore = openAi.connections().size();

        assertThat(webhook.postRaw(event.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(401);
        assertThat(webhook.post(event, Instant.now().minusSeconds(600), SignedWebhookClient.MacEncoding.HEX).status())
                .isEqualTo(401);
        assertThat(webhook.post("{\"id\":\"x\",\"type\":\"call.started\"}").status()).isEqualTo(400);
        assertThat(new SignedWebhookClient(server.baseUri(), "wrong-secret").post(event).status()).isEqualTo(401);
        assertThat(openAi.connections()).hasSize(sessionsBefore);
        assertThat(owner.owner().get("api/calls").object().getInt("total")).isZero();

        SignedWebhookClient.Answer first = webhook.post(event, SignedWebhookClient.MacEncoding.BASE64);
        SignedWebhookClient.Answer repeat = webhook.post(event);

        assertThat(first.json().getString("action")).isEqualTo("connect");
        openAi.awaitConnection(WAIT);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().getBoolean("duplicate")).isTrue();
        assertThat(owner.owner().get("api/calls").object().getInt("total")).isEqualTo(1);
        assertThat(VoximplantMediaClient.handshakeStatus(first.json().getString("mediaUrl") + "x", null)).isEqualTo(403);
        VoximplantMediaClient phone = VoximplantMediaClient.connect(first.json().getString("mediaUrl"),
                first.json().getString("token"));
        assertThat(VoximplantMediaClient.handshakeStatus(first.json().getString("mediaUrl"), null))
                .as("a used media token is refused").isEqualTo(403);
        phone.callEnded("caller_hangup");
        phone.close();
    }

    /**
     * Has the fake start a scripted reply once no reply is active. A reply the server asked for can
     * start between the check and the script (the fake then refuses the script): try again.
     */
    private static void scriptWhenIdle(FakeRealtimeConnection ai, Runnable script) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            awaitIdle(ai);
            try {
                script.run();
                return;
            } catch (IllegalStateException activeReply) {
                if (System.nanoTime() > deadline) {
                    throw activeReply;
                }
                Thread.sleep(20);
            }
        }
    }

    private static void awaitIdle(FakeRealtimeConnection ai) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ai.activeResponse().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the agent's reply did not finish");
            }
            Thread.sleep(20);
        }
    }

    private static long transfers(VoximplantMediaClient phone) {
        return phone.controlMessages().stream().filter(control -> control.customEvent().filter("transfer"::equals)
                .isPresent()).count();
    }

    @Test
    void aTransferIsAnnouncedThenPlacedAndAFailedOneBringsTheAgentBack() throws Exception {
        LiveOwner owner = liveOwner("Transfer Tailors");
        assertThat(owner.owner().put("api/agents", AgentSettingsIT.fullAgent("Nora", "ALWAYS")).status()).isEqualTo(200);
        LiveCall call = call(owner);

        scriptWhenIdle(call.ai(), () -> call.ai().callFunction("transfer_call", "{\"reason\":\"wants the owner\"}"));
        VoximplantMediaClient.Received transfer = call.phone().awaitControl("transfer", WAIT);
        assertThat(transfer.json().orElseThrow().getString("to")).isEqualTo("+14155550188");
        assertThat(call.ai().received("response.create")).as("the agent announced the transfer first").hasSizeGreaterThan(1);

        int repliesBefore = call.ai().responses().size();
        call.phone().transferResult(false, java.util.Optional.of(486));
        call.ai().awaitReceived("conversation.item.create",
                json -> json.at("/item/content/0/text").asText().contains("transfer failed"));
        // the agent apologises and offers a message: wait until it has said so
        call.ai().awaitResponse(repliesBefore).awaitDone(WAIT);
        scriptWhenIdle(call.ai(), () -> call.ai().callFunction("transfer_call", "{}"));
        call.phone().await(received -> transfers(call.phone()) == 2, WAIT);
        call.phone().transferResult(true, java.util.Optional.empty());

        JsonObject ended = awaitEndedCall(owner.owner(), call.callId());
        assertThat(ended.getString("outcome")).isEqualTo("TRANSFERRED");
        call.phone().close();
    }

    @Test
    void aCallLeftLiveByAServerThatDiedIsClosedAtItsLastSignOfLifeAndMeteredOnce() throws Exception {
        LiveOwner owner = liveOwner("Orphan Optics");
        String callId = UUID.randomUUID().toString();
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement insert = db.prepareStatement("INSERT INTO call_sessions (id, business_id,"
                     + " external_call_id, caller_number, called_number, state, started_at, authorized_at,"
                     + " max_duration_seconds, answered_at, last_activity_at)"
                     + " VALUES (?::uuid, ?::uuid, ?, ?, ?, 'IN_CONVERSATION', now() - interval '5 minutes',"
                     + " now() - interval '5 minutes', 1800, now() - interval '290 seconds', now() - interval '3 minutes')")) {
            insert.setString(1, callId);
            insert.setString(2, owner.owner().businessId());
            insert.setString(3, "vox-orphan-" + callId);
            insert.setString(4, CALLER);
            insert.setString(5, owner.number());
            insert.executeUpdate();
        }

        // the reconciler runs at every heartbeat (10 s by default)
        JsonObject ended = awaitEndedCall(owner.owner(), callId, Duration.ofSeconds(90));

        assertThat(ended.getString("outcome")).isEqualTo("COMPLETED");
        try (Connection db = EmbeddedDb.connect(server.home())) {
            assertThat(EmbeddedDb.queryString(db, "SELECT count(*) || ':' || sum(minutes) || ':' || sum(seconds)"
                    + " FROM usage_minutes WHERE call_id = '" + callId + "'")).isEqualTo("1:2:110");
        }
    }

    @Test
    void aMalformedMediaFrameClosesOnlyThatCallGracefully() throws Exception {
        // two businesses: a trial plan answers one call at a time
        LiveOwner owner = liveOwner("Frame Fitness");
        LiveOwner other = liveOwner("Healthy Hounds");
        LiveCall broken = call(owner);
        LiveCall healthy = call(other);

        broken.phone().send("{\"event\":\"media\",\"media\":");
        VoximplantMediaClient.CloseStatus closed = broken.phone().awaitClose(WAIT);

        assertThat(closed.code()).isEqualTo(1003);
        assertThat(closed.reason()).isNotBlank();
        JsonObject ended = awaitEndedCall(owner.owner(), broken.callId());
        assertThat(ended.getString("outcome")).isEqualTo("CALLER_HUNG_UP");
        scriptWhenIdle(healthy.ai(), () -> healthy.ai().callFunction("get_business_hours", "{}"));
        healthy.ai().awaitReceived("conversation.item.create",
                json -> json.at("/item/output").asText().contains("open_now"));
        assertThat(healthy.phone().closeStatus()).as("the other call goes on").isEmpty();
        callerHangsUp(healthy);
    }
}
