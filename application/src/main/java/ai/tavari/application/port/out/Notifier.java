package ai.tavari.application.port.out;

import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;

/** Tells the owner about things (a new message, usage alerts). Delivery may be deferred. */
public interface Notifier {
    void email(EmailAddress to, String subject, String plainText, String html);

    void sms(PhoneNumber to, String text);
}
