package ai.tavari.application.fakes;

import ai.tavari.application.port.out.notification.SmsSender;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public class RecordingSmsSender implements SmsSender {
    public record Sms(PhoneNumber to, String text) {
    }

    public final List<Sms> sent = new CopyOnWriteArrayList<>();
    private final boolean configured;

    public RecordingSmsSender(boolean configured) {
        this.configured = configured;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public void send(PhoneNumber to, String text) {
        sent.add(new Sms(to, text));
    }
}
