package ai.tavari.bootstrap.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The launcher's settings, read from environment variables or, with precedence, from system
 * properties of the same name ({@code -DTAVARI_PORT=9090}); tests use the latter. An empty value
 * counts as unset, as in MicroProfile Config.
 */
public record Settings(
        Path home,
        int port,
        Optional<String> dbUrl,
        String dbUser,
        Optional<String> dbPassword,
        boolean cluster,
        List<String> javaOptions,
        boolean debug,
        Optional<String> dbOsUser,
        Duration startTimeout,
        boolean demo) {

    public static final String HOME = "TAVARI_HOME";
    public static final String PORT = "TAVARI_PORT";
    public static final String DB_URL = "TAVARI_DB_URL";
    public static final String DB_USER = "TAVARI_DB_USER";
    public static final String DB_PASSWORD = "TAVARI_DB_PASSWORD";
    public static final String CLUSTER = "TAVARI_CLUSTER";
    public static final String JAVA_OPTS = "TAVARI_JAVA_OPTS";
    public static final String DEBUG = "TAVARI_DEBUG";
    public static final String DB_OS_USER = "TAVARI_DB_OS_USER";
    public static final String START_TIMEOUT = "TAVARI_START_TIMEOUT";
    public static final String DEMO = "TAVARI_DEMO";

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DB_USER = "tavari";
    public static final String DEFAULT_JAVA_OPTS = "-Xmx1g -XX:+ExitOnOutOfMemoryError";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);

    public Settings {
        javaOptions = List.copyOf(javaOptions);
    }

    /** The settings of this JVM: system properties first, then the environment. */
    public static Settings current() {
        return from(System.getenv(), System.getProperties());
    }

    public static Settings from(Map<String, String> env, Properties systemProperties) {
        Function<String, Optional<String>> lookup = name -> {
            String value = systemProperties.getProperty(name);
            if (value == null || value.isBlank()) {
                value = env.get(name);
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        };

        Path home = lookup.apply(HOME)
                .map(Path::of)
                .orElseGet(() -> Path.of(systemProperties.getProperty("user.home", "."), ".tavari"))
                .toAbsolutePath()
                .normalize();
        int port = lookup.apply(PORT).map(Settings::parsePort).orElse(DEFAULT_PORT);
        Optional<String> dbUrl = lookup.apply(DB_URL);
        dbUrl.ifPresent(Settings::checkJdbcUrl);
        String dbUser = lookup.apply(DB_USER).orElse(DEFAULT_DB_USER);
        // The password keeps inner and outer spaces: it is a secret, not a word.
        Optional<String> dbPassword = Optional.ofNullable(systemProperties.getProperty(DB_PASSWORD))
                .filter(p -> !p.isEmpty())
                .or(() -> Optional.ofNullable(env.get(DB_PASSWORD)).filter(p -> !p.isEmpty()));
        boolean cluster = lookup.apply(CLUSTER).map(v -> parseBoolean(CLUSTER, v)).orElse(false);
        List<String> javaOptions = splitOptions(lookup.apply(JAVA_OPTS).orElse(DEFAULT_JAVA_OPTS));
        boolean debug = lookup.apply(DEBUG).map(v -> parseBoolean(DEBUG, v)).orElse(false);
        Optional<String> dbOsUser = lookup.apply(DB_OS_USER);
        Duration startTimeout = lookup.apply(START_TIMEOUT)
                .map(Settings::parseSeconds)
                .orElse(DEFAULT_START_TIMEOUT);
        boolean demo = lookup.apply(DEMO).map(v -> parseBoolean(DEMO, v)).orElse(false);
        return new Settings(home, port, dbUrl, dbUser, dbPassword, cluster, javaOptions, debug, dbOsUser,
                startTimeout, demo);
    }

    /** The same settings with demo mode on ({@code --demo}). */
    public Settings withDemo() {
        return new Settings(home, port, dbUrl, dbUser, dbPassword, cluster, javaOptions, debug, dbOsUser,
                startTimeout, true);
    }

    @Override
    public String toString() {
        return "Settings[home=" + home + ", port=" + port + ", dbUrl=" + dbUrl.orElse("(embedded)")
                + ", dbUser=" + dbUser + ", dbPassword=" + (dbPassword.isPresent() ? "(set)" : "(unset)")
                + ", cluster=" + cluster + ", javaOptions=" + javaOptions + ", debug=" + debug
                + ", dbOsUser=" + dbOsUser.orElse("(auto)") + ", startTimeout=" + startTimeout + ", demo=" + demo + "]";
    }

    /** True when no external database is configured, so the launcher runs its own PostgreSQL. */
    public boolean embeddedDatabase() {
        return dbUrl.isEmpty();
    }

    /** Whether {@code TAVARI_DEBUG} is on, readable before the settings are parsed (they may be invalid). */
    public static boolean debugRequested() {
        String value = System.getProperty(DEBUG);
        if (value == null || value.isBlank()) {
            value = System.getenv(DEBUG);
        }
        return value != null && value.trim().equalsIgnoreCase("true");
    }

    static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new LauncherException(PORT + " must be a port number between 1 and 65535, not '" + value + "'");
    }

    static boolean parseBoolean(String name, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new LauncherException(name + " must be true or false, not '" + value + "'");
    }

    static Duration parseSeconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new LauncherException(START_TIMEOUT + " must be a positive number of seconds, not '" + value + "'");
    }

    static void checkJdbcUrl(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new LauncherException(DB_URL + " must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://db.example.com:5432/tavari, not '" + url + "'");
        }
    }

    /** Splits JVM options on whitespace (options with spaces inside are not supported). */
    static List<String> splitOptions(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
