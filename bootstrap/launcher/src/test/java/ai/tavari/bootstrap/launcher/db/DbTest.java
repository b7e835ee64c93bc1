package ai.tavari.bootstrap.launcher.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbTest {
    @TempDir
    Path temp;

    @Test
    void passwordIsGeneratedOnceAndOwnerOnly() throws Exception {
        Path file = temp.resolve("home/db.password");

        String first = DbPassword.loadOrCreate(file);
        String second = DbPassword.loadOrCreate(file);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+").isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void urlPasswordsAreMaskedInMessages() {
        DbConnection db = new DbConnection("jdbc:postgresql://db/tavari?user=a&password=secret&ssl=true", "a",
                Optional.of("secret"));

        assertThat(db.displayUrl()).isEqualTo("jdbc:postgresql://db/tavari?user=a&password=***&ssl=true");
        assertThat(db.toString()).doesNotContain("secret");
    }

    @Test
    void flywayMessagesAreSummarisedOnOneLine() {
        String message = """
                Migration V2__calls.sql failed
                ------------------------------
                SQL State  : 42601
                Error Code : 0
                Message    : ERROR: syntax error at or near "TABLEX"
                  Position: 8
                Location   : db/migration/V2__calls.sql
                Line       : 1
                Statement  : CREATE TABLEX calls ()
                """;

        assertThat(Migrations.summarize(message))
                .isEqualTo("Migration V2__calls.sql failed (ERROR: syntax error at or near \"TABLEX\")");
        assertThat(Migrations.summarize("Validate failed: detected resolved migration not applied"))
                .isEqualTo("Validate failed: detected resolved migration not applied");
        assertThat(Migrations.summarize("""
                Validate failed: Migrations have failed validation
                Migration checksum mismatch for migration version 1
                -> Applied to database : 42
                -> Resolved locally    : 218701730
                Either revert the changes to the migration, or run repair to update the schema history.
                Need more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE
                """)).isEqualTo("Validate failed: Migrations have failed validation "
                + "(Migration checksum mismatch for migration version 1)");
    }

    @Test
    void outcomes() {
        assertThat(new Migrations.Outcome(0, "3").describe()).isEqualTo("database schema is up to date (version 3)");
        assertThat(new Migrations.Outcome(1, "1").describe()).isEqualTo("applied 1 database migration (schema now at version 1)");
        assertThat(new Migrations.Outcome(2, "4").describe()).isEqualTo("applied 2 database migrations (schema now at version 4)");
    }

    @Test
    void postmasterPidFile() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        assertThat(Postmaster.recordedPid(data)).isEmpty();

        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), sleeper.pid() + "\n" + data + "\n1700000000\n5432\n");
            assertThat(Postmaster.recordedPid(data)).hasValue(sleeper.pid());
            // alive, but not a PostgreSQL server of this directory: never signalled
            assertThat(Postmaster.running(data)).isEmpty();
            assertThat(Postmaster.stopLeftover(data)).isFalse();
            assertThat(sleeper.isAlive()).isTrue();
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    @Test
    void incompleteBinariesAreRemoved() throws Exception {
        Path binaries = Files.createDirectories(temp.resolve("binaries"));
        Path complete = Files.createDirectories(binaries.resolve("PG-complete/bin"));
        Files.createFile(binaries.resolve("PG-complete/.exists"));
        Path partial = Files.createDirectories(binaries.resolve("PG-partial/lib"));
        Files.createSymbolicLink(partial.resolve("libicuuc.so"), Path.of("libicuuc.so.60.2")); // dangling

        ZonkyPostgres.deleteIncompleteBinaries(binaries);

        assertThat(complete).exists();
        assertThat(binaries.resolve("PG-partial")).doesNotExist();
    }
}
