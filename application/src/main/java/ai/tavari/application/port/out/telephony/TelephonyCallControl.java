package ai.tavari.application.port.out.telephony;

import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.domain.shared.PhoneNumber;

/** The phone side of one live call, as the conversation logic drives it. */
public interface TelephonyCallControl {
    /** Queues agent audio for the caller. */
    void play(MulawAudio audio);

    /** Drops everything queued but not yet played (the caller interrupted). */
    void clearPlayback();

    /** Hangs up once queued audio has played. */
    void hangUpAfterPlayback();

    /** Transfers the caller; the outcome arrives later as a telephony event. */
    void transfer(PhoneNumber to);
}
