package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.domain.shared.CallId;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaConnectionTest {
    private static final String PAYLOAD = Base64.getEncoder().encodeToString(new byte[160]);

    private final FakeSocket socket = new FakeSocket(true);
    private final FakeConnectCallMedia calls = new FakeConnectCallMedia();
    private final MediaConnection connection = new MediaConnection(CallId.newId(), socket);

    private MediaConnection attached() {
        connection.attach(calls);
        return connection;
    }

    @Test
    void callerAudioAndControlReachTheCall() {
        attached().onText("{\"event\":\"start\",\"start\":{\"mediaFormat\":{\"encoding\":\"ULAW\",\"sampleRate\":8000}},\"tag\":\"caller\"}");
        connection.onText("{\"event\":\"media\",\"media\":{\"chunk\":1,\"timestamp\":0,\"payload\":\"" + PAYLOAD + "\"}}");
        connection.onText("{\"customEvent\":\"playbackStarted\"}");
        connection.onText("{\"customEvent\":\"playbackEnded\",\"durationMs\":2400}");
        connection.onText("{\"customEvent\":\"transferResult\",\"success\":false,\"code\":486}");
        connection.onText("{\"event\":\"stop\"}");

        assertThat(calls.sink.audio).containsExactly(new MulawAudio(PAYLOAD));
        assertThat(calls.sink.events).containsExactly("playbackStarted", "playbackEnded", "transferResult false 486");
        assertThat(socket.closes).isEmpty();
    }

    @Test
    void theConversationDrivesTheSocketThroughItsControl() {
        attached();

        calls.control.play(new MulawAudio(PAYLOAD));
        calls.control.hangUp();

        assertThat(socket.sent).hasSize(3);
        assertThat(socket.sent.get(0)).contains("\"event\":\"start\"");
        assertThat(socket.sent.get(2)).isEqualTo("{\"customEvent\":\"hangup\"}");
    }

    @Test
    void aMalformedFrameClosesWith1003AndFailsTheCallOnce() {
        attached().onText("{\"event\":\"media\",\"media\":{}}");
        connection.onText("{\"event\":\"media\",\"media\":{\"payload\":\"" + PAYLOAD + "\"}}");
        connection.onClosed(1003, "a media frame needs media.payload");

        assertThat(socket.closes).containsExactly("1003 a media frame needs media.payload");
        assertThat(calls.sink.events).containsExactly("mediaFailed a media frame needs media.payload");
        assertThat(calls.sink.audio).as("nothing after the failure").isEmpty();
    }

    @Test
    void anOversizeFrameClosedByTheContainerFailsTheCall() {
        attached().onClosed(1009, "Too big.");

        assertThat(calls.sink.events).containsExactly("mediaFailed media frame too big");
    }

    @Test
    void aBinaryFrameIsRefusedWith1003() {
        attached().onBinary();

        assertThat(socket.closes).containsExactly("1003 text frames only");
        assertThat(calls.sink.events).containsExactly("mediaFailed text frames only");
    }

    @Test
    void theCallerHangingUpEndsTheCallOnceEvenWhenTheSocketClosesAfter() {
        attached().onText("{\"customEvent\":\"callEnded\",\"reason\":\"caller_hangup\"}");
        connection.onClosed(1000, "bye");

        assertThat(calls.sink.events).containsExactly("telephonyEnded caller_hangup");
    }

    @Test
    void aClosedSocketEndsTheCallAndStopsSending() {
        attached().onClosed(1006, "");
        calls.control.hangUp();

        assertThat(calls.sink.events).containsExactly("telephonyEnded media socket closed (1006)");
        assertThat(socket.sent).isEmpty();
    }

    @Test
    void anEndThatHappensWhileAttachingIsDeliveredAfterwards() {
        calls.duringAttach = control -> connection.onClosed(1001, "going away");

        attached();

        assertThat(calls.sink.events).containsExactly("telephonyEnded media socket closed (1001 going away)");
    }

    @Test
    void aSocketThatStopsReadingFailsTheCall() {
        FakeSocket stuck = new FakeSocket(false);
        MediaConnection slow = new MediaConnection(CallId.newId(), stuck);
        slow.attach(calls);

        for (int i = 0; i < MediaConnection.MAX_PENDING_CHARS / PAYLOAD.length() + 10; i++) {
            calls.control.play(new MulawAudio(PAYLOAD));
        }

        assertThat(calls.sink.events).singleElement().asString().startsWith("mediaFailed cannot send");
        assertThat(stuck.closes).singleElement().asString().startsWith("1011 ");
    }

    @Test
    void aConversationThatThrowsClosesOnlyThisCall() {
        FakeConnectCallMedia otherCall = new FakeConnectCallMedia();
        otherCall.attachedSink = new CallMediaSink() {
            @Override
            public void callerAudio(MulawAudio audio) {
                throw new IllegalStateException("bug");
            }

            @Override
            public void playbackStarted() {
            }

            @Override
            public void playbackEnded() {
            }

            @Override
            public void transferResult(boolean success, Optional<Integer> code) {
            }

            @Override
            public void telephonyEnded(String reason) {
            }

            @Override
            public void mediaFailed(String reason) {
            }
        };
        MediaConnection other = new MediaConnection(CallId.newId(), socket);
        other.attach(otherCall);
        attached();

        other.onText("{\"event\":\"media\",\"media\":{\"payload\":\"" + PAYLOAD + "\"}}");
        connection.onText("{\"event\":\"media\",\"media\":{\"payload\":\"" + PAYLOAD + "\"}}");

        assertThat(socket.closes).containsExactly("1011 server error");
        assertThat(calls.sink.audio).hasSize(1);
        assertThat(calls.sink.events).isEmpty();
    }

    @Test
    void unknownEventsAreIgnored() {
        attached().onText("{\"event\":\"init\"}");
        connection.onText("{\"customEvent\":\"somethingNew\"}");

        assertThat(socket.closes).isEmpty();
        assertThat(calls.sink.events).isEmpty();
        assertThat(calls.sink.audio).isEmpty();
    }
}
