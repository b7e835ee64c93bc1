package ai.tavari.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fast local guard for the rule the architecture tests enforce over all modules: main domain
 * code imports only the JDK's {@code java.*} packages and the domain itself.
 */
class DomainPurityTest {
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    void mainCodeImportsOnlyJavaAndTheDomain() throws IOException {
        assertThat(MAIN_SOURCES).isDirectory();
        List<String> offending;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            offending = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(DomainPurityTest::importLines)
                    .filter(line -> !line.matches("import (static )?(java\\.|ai\\.tavari\\.domain\\.).*"))
                    .collect(Collectors.toList());
        }
        assertThat(offending).isEmpty();
    }

    private static Stream<String> importLines(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> line + "  // " + file.getFileName());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
