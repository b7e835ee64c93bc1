package ai.tavari.application.fakes;

import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.application.port.out.notification.EmailMessage;
import ai.tavari.application.port.out.notification.EmailSender;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what it was asked to send; failures to answer with can be queued up front. */
public class RecordingEmailSender implements EmailSender {
    public final List<EmailMessage> sent = new CopyOnWriteArrayList<>();
    private final Deque<DeliveryException> failures = new ArrayDeque<>();
    private volatile boolean configured = true;

    public RecordingEmailSender notConfigured() {
        configured = false;
        return this;
    }

    public synchronized RecordingEmailSender failNext(DeliveryException failure) {
        failures.add(failure);
        return this;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public void send(EmailMessage message) {
        synchronized (this) {
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
        }
        sent.add(message);
    }
}
