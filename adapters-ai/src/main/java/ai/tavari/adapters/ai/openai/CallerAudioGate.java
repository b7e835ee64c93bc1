package ai.tavari.adapters.ai.openai;

import ai.tavari.application.port.out.conversation.MulawAudio;
import java.util.ArrayDeque;

/**
 * Caller audio goes out only once the session is known to speak μ-law. Until then the newest second
 * is held (older frames are dropped) and sent first when the gate opens, so speech right at the start
 * of the call still reaches the voice detection.
 */
final class CallerAudioGate {
    static final int MAX_HELD_MILLIS = 1000;

    private final SendQueue sends;
    private final ArrayDeque<MulawAudio> held = new ArrayDeque<>();
    private int heldMillis;
    private volatile boolean open;
    private volatile boolean shut;

    CallerAudioGate(SendQueue sends) {
        this.sends = sends;
    }

    void offer(MulawAudio audio) {
        if (open) {
            sends.sendAudio(ClientEvents.inputAudioAppend(audio.base64()));
            return;
        }
        synchronized (this) {
            if (shut) {
                return;
            }
            if (open) {
                sends.sendAudio(ClientEvents.inputAudioAppend(audio.base64()));
                return;
            }
            held.addLast(audio);
            heldMillis += audio.durationMillis();
            while (heldMillis > MAX_HELD_MILLIS && held.size() > 1) {
                heldMillis -= held.removeFirst().durationMillis();
            }
        }
    }

    synchronized void open() {
        if (shut) {
            return;
        }
        for (MulawAudio audio : held) {
            sends.sendAudio(ClientEvents.inputAudioAppend(audio.base64()));
        }
        held.clear();
        heldMillis = 0;
        open = true;
    }

    synchronized void shut() {
        shut = true;
        open = false;
        held.clear();
    }
}
