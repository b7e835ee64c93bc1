package ai.tavari.bootstrap.launcher.db;

import ai.tavari.bootstrap.launcher.LauncherException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's password: generated on first start, kept in an owner-only file. The
 * embedded server accepts TCP logins only with it (scram-sha-256), so other local users cannot use
 * the database even though it listens on 127.0.0.1.
 */
public final class DbPassword {
    private DbPassword() {
    }

    public static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                return read(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new LauncherException("cannot read or create the database password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new LauncherException("the database password file " + file + " is empty");
        }
        return password;
    }
}
