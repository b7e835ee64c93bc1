package ai.tavari.bootstrap.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * {@code <home>/run/tavari.properties}: pids and ports of the running instance, for diagnosis,
 * tools, and for finding an application server left running by a launcher that was killed.
 */
public final class InstanceState {
    public static final String LAUNCHER_PID = "launcher.pid";
    public static final String PAYARA_PID = "payara.pid";
    public static final String HTTP_PORT = "http.port";
    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_EMBEDDED = "db.embedded";

    private InstanceState() {
    }

    public static void write(Path file, Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "tavari", ".properties.part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                properties.store(out, "the running Tavari instance; removed when it stops");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LauncherException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable: treat as empty
            }
        }
        return properties;
    }

    public static OptionalLong pid(Properties state, String key) {
        try {
            return Optional.ofNullable(state.getProperty(key)).map(String::trim)
                    .map(Long::parseLong).map(OptionalLong::of).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // harmless: it is rewritten at the next start
        }
    }
}
