package ai.tavari.application.port.out.notification;

import java.util.Objects;
import java.util.Optional;

/** An e-mail: always a plain-text body, and an HTML alternative when there is one. */
public record EmailMessage(String to, String subject, String text, Optional<String> html) {
    public EmailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        html = Objects.requireNonNullElse(html, Optional.empty());
    }
}
