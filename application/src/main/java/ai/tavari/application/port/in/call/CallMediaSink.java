package ai.tavari.application.port.in.call;

import ai.tavari.application.port.out.conversation.MulawAudio;
import java.util.Optional;

/** Where the telephony adapter delivers what happens on a live call's media connection. */
public interface CallMediaSink {
    /** Caller audio, in arrival order; the payload is forwarded as is. */
    void callerAudio(MulawAudio audio);

    /** The telephony side started playing agent audio (informational). */
    void playbackStarted();

    /** The telephony side has played everything it was sent (informational). */
    void playbackEnded();

    void transferResult(boolean success, Optional<Integer> code);

    /** The phone side is gone (caller hung up, media connection closed). Idempotent. */
    void telephonyEnded(String reason);

    /** The media connection broke the protocol; the call ends gracefully. Idempotent. */
    void mediaFailed(String reason);
}
