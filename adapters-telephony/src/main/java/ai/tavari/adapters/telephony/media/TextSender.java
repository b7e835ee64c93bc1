package ai.tavari.adapters.telephony.media;

import java.util.function.Consumer;

/** Sends one text frame without waiting; {@code done} gets null on success or the failure. */
interface TextSender {
    void send(String text, Consumer<Throwable> done);
}
