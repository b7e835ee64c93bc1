package ai.tavari.application.port.out.telephony;

import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;

/**
 * The phone side of one live call, as the conversation logic drives it. Every operation acts at
 * once: the call logic decides when (it paces agent audio and waits for it to play out itself).
 */
public interface TelephonyCallControl {
    /** Sends agent audio to the caller now. */
    void play(MulawAudio audio);

    /** Drops everything sent but not yet played (the caller interrupted). */
    void clearPlayback();

    /** Hangs up now. */
    void hangUp();

    /** Transfers the caller to a person; the result comes back as a telephony event. */
    void transfer(PhoneNumber to);

    /** Stops the conversation: the telephony side says {@code prompt} and records a voicemail. */
    void voicemail(String prompt, Duration maxRecording);
}
