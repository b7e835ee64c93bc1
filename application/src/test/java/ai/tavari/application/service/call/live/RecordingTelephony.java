package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.application.port.out.telephony.TelephonyCallControl;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The phone side of a call in tests: what the call logic told it, in order. */
final class RecordingTelephony implements TelephonyCallControl {
    final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    int playedMillis;

    @Override
    public void play(MulawAudio audio) {
        playedMillis += audio.durationMillis();
        actions.add("play:" + audio.durationMillis());
    }

    @Override
    public void clearPlayback() {
        actions.add("clear");
    }

    @Override
    public void hangUp() {
        actions.add("hangup");
    }

    @Override
    public void transfer(PhoneNumber to) {
        actions.add("transfer:" + to.e164());
    }

    @Override
    public void voicemail(String prompt, Duration maxRecording) {
        actions.add("voicemail");
    }

    List<String> withoutAudio() {
        return actions.stream().filter(action -> !action.startsWith("play:")).toList();
    }
}
