package ai.tavari.adapters.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.application.port.out.notification.EmailMessage;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP adapter against a real SMTP server (GreenMail) on loopback. */
class SmtpEmailSenderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("owner@shop.example", "mailer", "s3cret-pass"));

    private static SmtpEmailSender sender(String user, String password) {
        return new SmtpEmailSender(Optional.of(new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(),
                MailSettings.Security.NONE, Optional.ofNullable(user), Optional.ofNullable(password),
                "Tavari <notifications@tavari.example>", Duration.ofSeconds(10))));
    }

    @Test
    void sendsThePlainTextWithTheHtmlAsAnAlternative() throws Exception {
        sender("mailer", "s3cret-pass").send(new EmailMessage("owner@shop.example", "URGENT message from Dana — Zoë's Café",
                "Dana left a message.\nReason: pipe burst\n", Optional.of("<p>Dana left a <b>message</b>.</p>")));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("URGENT message from Dana — Zoë's Café");
        assertThat(received.getFrom()[0].toString()).contains("notifications@tavari.example");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("owner@shop.example");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart plain = parts.getBodyPart(0);
        assertThat(plain.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text(plain)).contains("Dana left a message.", "Reason: pipe burst");
        BodyPart html = parts.getBodyPart(1);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(text(html)).contains("<b>message</b>");
    }

    @Test
    void withoutHtmlTheMessageIsPlainText() throws Exception {
        sender("mailer", "s3cret-pass").send(new EmailMessage("owner@shop.example", "Payment failed",
                "We could not take the payment.", Optional.empty()));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("text/plain");
        assertThat(((String) received.getContent()).strip()).isEqualTo("We could not take the payment.");
    }

    @Test
    void aRejectedLogInMaySucceedLaterSoItIsRetried() {
        assertThatThrownBy(() -> sender("mailer", "wrong-pass").send(new EmailMessage("owner@shop.example", "Hi",
                "Hello", Optional.empty())))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerIsATemporaryFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpEmailSender unreachable = new SmtpEmailSender(Optional.of(new MailSettings("127.0.0.1", closedPort,
                MailSettings.Security.NONE, Optional.empty(), Optional.empty(), "tavari@tavari.example",
                Duration.ofSeconds(5))));

        assertThatThrownBy(() -> unreachable.send(new EmailMessage("owner@shop.example", "Hi", "Hello", Optional.empty())))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort);
                });
    }

    @Test
    void aMalformedRecipientIsRefusedForGood() {
        assertThatThrownBy(() -> sender(null, null).send(new EmailMessage("not an address", "Hi", "Hello",
                Optional.empty())))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void withoutAHostItIsNotConfigured() {
        assertThat(new SmtpEmailSender(Optional.empty()).isConfigured()).isFalse();
        assertThat(sender(null, null).isConfigured()).isTrue();
    }

    @Test
    void startTlsIsRequiredUnlessTurnedOff() {
        MailSettings starttls = new MailSettings("smtp.example.com", 587, MailSettings.Security.STARTTLS,
                Optional.of("user"), Optional.of("pass"), "a@b.example", Duration.ofSeconds(10));
        MailSettings ssl = new MailSettings("smtp.example.com", 465, MailSettings.Security.SSL,
                Optional.empty(), Optional.empty(), "a@b.example", Duration.ofSeconds(10));

        assertThat(starttls.sessionProperties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThat(ssl.sessionProperties()).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.port", "465").containsEntry("mail.smtp.auth", "false")
                .doesNotContainKey("mail.smtp.starttls.enable");
        assertThat(MailSettings.Security.named(" SSL ")).isEqualTo(MailSettings.Security.SSL);
        assertThatThrownBy(() -> MailSettings.Security.named("tls1.3")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(BodyPart part) throws Exception {
        return part.getContent().toString();
    }
}
