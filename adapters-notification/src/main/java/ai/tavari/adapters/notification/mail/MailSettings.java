package ai.tavari.adapters.notification.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where and how e-mail is handed over: the SMTP server, its transport security, the optional log-in,
 * the sender address, and how long a connection or a command may take.
 */
public record MailSettings(String host, int port, Security security, Optional<String> username,
                           Optional<String> password, String from, Duration timeout) {

    /** {@code starttls}: plain connection upgraded (and required) before log-in; {@code ssl}: TLS from the start. */
    public enum Security {
        STARTTLS(587),
        SSL(465),
        NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        public static Security named(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tavari.mail.smtp.tls must be starttls, ssl or none, not " + name);
            }
        }
    }

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535");
        }
        Objects.requireNonNull(security, "security");
        username = Objects.requireNonNullElse(username, Optional.<String>empty()).filter(value -> !value.isBlank());
        password = Objects.requireNonNullElse(password, Optional.empty());
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Jakarta Mail's session properties for these settings. */
    Properties sessionProperties() {
        // always the smtp transport (Transport.send picks it for every address), with TLS from the start for SSL
        String prefix = "mail.smtp.";
        String millis = Long.toString(timeout.toMillis());
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put(prefix + "host", host);
        properties.put(prefix + "port", Integer.toString(port));
        properties.put(prefix + "auth", Boolean.toString(username.isPresent()));
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        if (security == Security.SSL) {
            properties.put(prefix + "ssl.enable", "true");
        }
        if (security == Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
