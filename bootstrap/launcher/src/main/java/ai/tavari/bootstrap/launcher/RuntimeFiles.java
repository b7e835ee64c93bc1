package ai.tavari.bootstrap.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Copies files embedded in the launcher jar (Payara Micro, the WAR) to the home directory, but only
 * when they changed: the size and CRC-32 of the jar entry (read from the jar's central directory,
 * without inflating anything) are compared with a stamp file written next to the extracted copy.
 */
public final class RuntimeFiles {
    public static final String PAYARA_ENTRY = "runtime/payara-micro.jar";
    public static final String WAR_ENTRY = "runtime/tavari.war";
    public static final String STAMP_SUFFIX = ".stamp";

    private RuntimeFiles() {
    }

    /** The launcher jar this class was loaded from, if it was loaded from a jar. */
    public static Optional<Path> launcherJar() {
        try {
            var source = RuntimeFiles.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The launcher jar, or an explanation that the launcher is not running from its packaged jar. */
    public static Path requireLauncherJar() {
        return launcherJar().orElseThrow(() -> new LauncherException(
                "the launcher must run from its packaged jar (java -jar tavari.jar)"));
    }

    /**
     * Extracts {@code entryName} from {@code jar} into {@code targetDir} (keeping its file name) unless
     * an identical copy is already there.
     *
     * @return the extracted file and whether it had to be written
     */
    public static Extracted extractIfChanged(ZipFile jar, String entryName, Path targetDir) {
        ZipEntry entry = jar.getEntry(entryName);
        if (entry == null) {
            throw new LauncherException("the launcher jar " + jar.getName() + " does not contain " + entryName
                    + "; rebuild it with ./mvnw package");
        }
        String fileName = entryName.substring(entryName.lastIndexOf('/') + 1);
        Path target = targetDir.resolve(fileName);
        Path stamp = targetDir.resolve(fileName + STAMP_SUFFIX);
        String expected = stampOf(entry);
        try {
            if (upToDate(target, stamp, entry.getSize(), expected)) {
                return new Extracted(target, false);
            }
            Files.createDirectories(targetDir);
            Files.deleteIfExists(stamp);
            Path temp = Files.createTempFile(targetDir, fileName, ".part");
            try {
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            Path stampTemp = Files.createTempFile(targetDir, fileName, ".stamp.part");
            Files.writeString(stampTemp, expected, StandardCharsets.US_ASCII);
            move(stampTemp, stamp);
            return new Extracted(target, true);
        } catch (IOException e) {
            throw new LauncherException("cannot extract " + entryName + " to " + targetDir + ": " + e.getMessage(), e);
        }
    }

    static String stampOf(ZipEntry entry) {
        return "size=" + entry.getSize() + " crc32=" + Long.toHexString(entry.getCrc()) + "\n";
    }

    private static boolean upToDate(Path target, Path stamp, long size, String expected) throws IOException {
        return Files.isRegularFile(target)
                && Files.isRegularFile(stamp)
                && Files.size(target) == size
                && Files.readString(stamp, StandardCharsets.US_ASCII).equals(expected);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Extracts Payara Micro and the WAR from the launcher jar into {@code <home>/runtime}. */
    public static Artifacts extractAll(Path launcherJar, TavariHome home) {
        deleteLeftoverParts(home.runtimeDir());
        try (ZipFile jar = new ZipFile(launcherJar.toFile())) {
            Extracted payara = extractIfChanged(jar, PAYARA_ENTRY, home.runtimeDir());
            Extracted war = extractIfChanged(jar, WAR_ENTRY, home.runtimeDir());
            return new Artifacts(payara.path(), war.path(), payara.written() || war.written());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes half-written copies left by a launcher that stopped while extracting. */
    static void deleteLeftoverParts(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".part")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // harmless: they are only wasted space
        }
    }

    /** Deletes a directory tree (symbolic links are removed, not followed). */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new LauncherException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    public record Extracted(Path path, boolean written) {
    }

    public record Artifacts(Path payaraJar, Path war, boolean changed) {
    }
}
