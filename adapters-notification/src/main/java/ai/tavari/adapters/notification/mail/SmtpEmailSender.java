package ai.tavari.adapters.notification.mail;

import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.application.port.out.notification.EmailMessage;
import ai.tavari.application.port.out.notification.EmailSender;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail over SMTP with Jakarta Mail: a plain-text body always, with the HTML version as an
 * alternative when there is one. Without {@code tavari.mail.smtp.host} it is not configured.
 * A recipient the server refuses is a permanent failure; anything else (no connection, a busy or
 * failing server, a rejected log-in) may succeed later.
 */
@ApplicationScoped
public class SmtpEmailSender implements EmailSender {
    private static final Logger LOG = Logger.getLogger(SmtpEmailSender.class.getName());
    static final String DEFAULT_FROM = "Tavari <notifications@localhost>";

    @Inject
    @ConfigProperty(name = "tavari.mail.smtp.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "tavari.mail.smtp.port")
    Optional<Integer> port;
    @Inject
    @ConfigProperty(name = "tavari.mail.smtp.tls", defaultValue = "starttls")
    String tls;
    @Inject
    @ConfigProperty(name = "tavari.mail.smtp.user")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "tavari.mail.smtp.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "tavari.mail.from")
    Optional<String> from;
    @Inject
    @ConfigProperty(name = "tavari.mail.timeout", defaultValue = "PT20S")
    Duration timeout;

    private Optional<MailSettings> settings = Optional.empty();
    private Session session;
    private InternetAddress sender;

    protected SmtpEmailSender() {
    }

    public SmtpEmailSender(Optional<MailSettings> settings) {
        this.settings = settings;
        start();
    }

    @PostConstruct
    void configure() {
        settings = host.filter(value -> !value.isBlank()).map(value -> {
            MailSettings.Security security = MailSettings.Security.named(tls);
            return new MailSettings(value.strip(), port.orElse(security.defaultPort()), security, username, password,
                    sender(), timeout);
        });
        start();
        settings.ifPresentOrElse(s -> LOG.info(() -> "e-mail goes through " + s.host() + ":" + s.port() + " ("
                        + s.security().name().toLowerCase(java.util.Locale.ROOT) + ")"),
                () -> LOG.info("e-mail is not configured (tavari.mail.smtp.host): e-mails wait in the outbox"));
    }

    /** The configured sender, else the SMTP log-in when it is an address (servers often require that). */
    private String sender() {
        return from.filter(value -> !value.isBlank())
                .or(() -> username.filter(user -> user.contains("@")).map(user -> "Tavari <" + user.strip() + ">"))
                .orElse(DEFAULT_FROM);
    }

    private void start() {
        settings.ifPresent(s -> {
            session = Session.getInstance(s.sessionProperties());
            try {
                sender = new InternetAddress(s.from(), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("tavari.mail.from is not an e-mail address: " + s.from(), e);
            }
        });
    }

    @Override
    public boolean isConfigured() {
        return settings.isPresent();
    }

    @Override
    public void send(EmailMessage email) {
        MailSettings smtp = settings.orElseThrow(() -> new DeliveryException("e-mail is not configured", false));
        InternetAddress to;
        try {
            to = new InternetAddress(email.to(), true);
        } catch (AddressException e) {
            throw new DeliveryException("not an e-mail address: " + email.to(), true, e);
        }
        try {
            MimeMessage message = message(email, to);
            Transport.send(message, smtp.username().orElse(null), smtp.password().orElse(null));
        } catch (SendFailedException e) {
            throw new DeliveryException("refused: " + describe(e), refusedForGood(e), e);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP " + smtp.host() + ":" + smtp.port() + ": " + describe(e), false, e);
        }
    }

    private MimeMessage message(EmailMessage email, InternetAddress to) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(sender);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (email.html().isEmpty()) {
            message.setText(email.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(email.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html().get(), StandardCharsets.UTF_8.name(), "html");
            // plain first: clients show the last alternative they can render
            message.setContent(new MimeMultipart("alternative", plain, html));
        }
        message.saveChanges();
        return message;
    }

    /** The server named our one recipient invalid: sending again cannot help. */
    private static boolean refusedForGood(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        Address[] sent = e.getValidSentAddresses();
        return invalid != null && invalid.length > 0 && (sent == null || sent.length == 0);
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && !text.toString().contains(next.getMessage())) {
            text.append(" (").append(next.getMessage().strip()).append(')');
        }
        return text.toString();
    }
}
