package ai.tavari.bootstrap;

import ai.tavari.application.port.out.Notifier;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * Owner notifications written to the server log: the channel until e-mail and SMS delivery are
 * configured. Only the subject and recipient are logged, not the caller's message.
 */
@ApplicationScoped
public class LogNotifier implements Notifier {
    private static final Logger LOG = Logger.getLogger(LogNotifier.class.getName());

    @Override
    public void email(EmailAddress to, String subject, String plainText, String html) {
        LOG.info(() -> "notification (e-mail not configured) to " + to.value() + ": " + subject);
    }

    @Override
    public void sms(PhoneNumber to, String text) {
        LOG.info(() -> "notification (SMS not configured) to " + to.e164());
    }
}
