package ai.tavari.application.port.in.call;

import ai.tavari.application.port.out.telephony.TelephonyCallControl;
import ai.tavari.domain.shared.CallId;
import java.util.Optional;

/** Attaches the telephony media connection of a call to its conversation. */
public interface ConnectCallMedia {
    /**
     * Uses up a media token: the call it was issued for, if the token is genuine, unexpired and
     * not used before. Checked at the media handshake.
     */
    Optional<CallId> claim(String mediaToken);

    /**
     * Starts (or joins the pre-started) conversation of a claimed call; the adapter sends caller
     * audio and events to the returned sink, and the conversation drives {@code control}.
     */
    CallMediaSink attach(CallId callId, TelephonyCallControl control);
}
