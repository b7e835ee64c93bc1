package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.CallMediaSink;
import ai.tavari.application.port.out.conversation.MulawAudio;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A call's media sink that writes down every call it gets. */
final class RecordingSink implements CallMediaSink {
    final List<MulawAudio> audio = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void callerAudio(MulawAudio audio) {
        this.audio.add(audio);
    }

    @Override
    public void playbackStarted() {
        events.add("playbackStarted");
    }

    @Override
    public void playbackEnded() {
        events.add("playbackEnded");
    }

    @Override
    public void transferResult(boolean success, Optional<Integer> code) {
        events.add("transferResult " + success + " " + code.map(String::valueOf).orElse("-"));
    }

    @Override
    public void telephonyEnded(String reason) {
        events.add("telephonyEnded " + reason);
    }

    @Override
    public void mediaFailed(String reason) {
        events.add("mediaFailed " + reason);
    }
}
