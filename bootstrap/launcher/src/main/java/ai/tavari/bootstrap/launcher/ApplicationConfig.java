package ai.tavari.bootstrap.launcher;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The application's settings as MicroProfile Config would read them, for commands that need them
 * without starting the server: a system property of the dotted name ({@code -Dstripe.secret.key=…}),
 * then an environment variable by MicroProfile's rules (the exact name, then with every character
 * other than a letter or digit made {@code _}, then that in upper case: {@code STRIPE_SECRET_KEY}),
 * then, as everywhere in the launcher, a system property of that upper-case name. Empty is unset.
 */
final class ApplicationConfig {
    private ApplicationConfig() {
    }

    static Function<String, Optional<String>> current() {
        return of(System.getenv(), System.getProperties());
    }

    static Function<String, Optional<String>> of(Map<String, String> env, Properties systemProperties) {
        return name -> {
            String sanitized = name.replaceAll("[^A-Za-z0-9]", "_");
            String upper = sanitized.toUpperCase(Locale.ROOT);
            return nonEmpty(systemProperties.getProperty(name))
                    .or(() -> nonEmpty(env.get(name)))
                    .or(() -> nonEmpty(env.get(sanitized)))
                    .or(() -> nonEmpty(env.get(upper)))
                    .or(() -> nonEmpty(systemProperties.getProperty(upper)))
                    .map(String::strip);
        };
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
