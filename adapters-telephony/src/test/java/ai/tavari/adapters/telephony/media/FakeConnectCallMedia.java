package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.application.port.out.telephony.TelephonyCallControl;
import ai.tavari.domain.shared.CallId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Single-use tokens for known calls; attaching hands out a {@link RecordingSink}. */
final class FakeConnectCallMedia implements ConnectCallMedia {
    final Map<String, CallId> tokens = new HashMap<>();
    final RecordingSink sink = new RecordingSink();
    /** What {@code attach} returns: the recording sink unless a test swaps it. */
    CallMediaSink attachedSink = sink;
    TelephonyCallControl control;
    /** Runs inside {@code attach}, before it returns (as a conversation that starts at once would). */
    Consumer<TelephonyCallControl> duringAttach = control -> { };

    @Override
    public synchronized Optional<CallId> claim(String mediaToken) {
        return Optional.ofNullable(tokens.remove(mediaToken));
    }

    @Override
    public CallMediaSink attach(CallId callId, TelephonyCallControl control) {
        this.control = control;
        duringAttach.accept(control);
        return attachedSink;
    }
}
