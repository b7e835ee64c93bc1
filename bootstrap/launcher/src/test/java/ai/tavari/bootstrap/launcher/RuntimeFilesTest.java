package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeFilesTest {
    private static final String ENTRY = "runtime/payara-micro.jar";

    @TempDir
    Path temp;

    private Path jar(String name, String content) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    private RuntimeFiles.Extracted extract(Path jar, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return RuntimeFiles.extractIfChanged(zip, ENTRY, target);
        }
    }

    @Test
    void extractsTheFirstTimeAndThenOnlyWhenChanged() throws IOException {
        Path target = temp.resolve("home/runtime");
        Path v1 = jar("v1.jar", "version one");

        RuntimeFiles.Extracted first = extract(v1, target);
        assertThat(first.written()).isTrue();
        assertThat(first.path()).isEqualTo(target.resolve("payara-micro.jar")).hasContent("version one");
        assertThat(target.resolve("payara-micro.jar.stamp")).exists();

        Files.setLastModifiedTime(first.path(), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        RuntimeFiles.Extracted again = extract(v1, target);
        assertThat(again.written()).isFalse();
        assertThat(Files.getLastModifiedTime(first.path()).toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));

        RuntimeFiles.Extracted changed = extract(jar("v2.jar", "version two, longer"), target);
        assertThat(changed.written()).isTrue();
        assertThat(changed.path()).hasContent("version two, longer");
    }

    @Test
    void sameSizeButDifferentContentIsDetectedByTheCrc() throws IOException {
        Path target = temp.resolve("runtime");
        extract(jar("a.jar", "aaaa"), target);

        RuntimeFiles.Extracted changed = extract(jar("b.jar", "bbbb"), target);

        assertThat(changed.written()).isTrue();
        assertThat(changed.path()).hasContent("bbbb");
    }

    @Test
    void reExtractsWhenTheCopyOrTheStampWasTamperedWith() throws IOException {
        Path target = temp.resolve("runtime");
        Path jar = jar("v1.jar", "version one");
        Path copy = extract(jar, target).path();

        Files.writeString(copy, "truncated");
        assertThat(extract(jar, target).written()).isTrue();
        assertThat(copy).hasContent("version one");

        Files.delete(target.resolve("payara-micro.jar.stamp"));
        assertThat(extract(jar, target).written()).isTrue();

        Files.delete(copy);
        assertThat(extract(jar, target).written()).isTrue();
        assertThat(copy).hasContent("version one");
    }

    @Test
    void missingEntryIsAClearError() throws IOException {
        Path jar = jar("v1.jar", "x");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThatThrownBy(() -> RuntimeFiles.extractIfChanged(zip, "runtime/tavari.war", temp))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("does not contain runtime/tavari.war");
        }
    }

    @Test
    void removesHalfWrittenCopies() throws IOException {
        Path runtime = Files.createDirectories(temp.resolve("runtime"));
        Files.writeString(runtime.resolve("payara-micro.jar123.part"), "half");
        Files.writeString(runtime.resolve("keep.txt"), "keep");

        RuntimeFiles.deleteLeftoverParts(runtime);

        assertThat(runtime.resolve("payara-micro.jar123.part")).doesNotExist();
        assertThat(runtime.resolve("keep.txt")).exists();
    }
}
