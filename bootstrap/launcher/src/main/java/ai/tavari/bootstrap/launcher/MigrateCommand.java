package ai.tavari.bootstrap.launcher;

import ai.tavari.bootstrap.launcher.db.DbConnection;
import java.util.List;

/** {@code migrate}: run the Flyway migrations against TAVARI_DB_URL or the embedded database, then exit. */
final class MigrateCommand implements Command {
    static final String NAME = "migrate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "apply database migrations (TAVARI_DB_URL or the embedded database) and exit";
    }

    @Override
    public int execute(Settings settings, List<String> arguments) {
        try (Startup startup = new Startup(settings)) {
            if (settings.embeddedDatabase()) {
                startup.lockHome();
                startup.stopLeftoverServer();
            }
            DbConnection db = startup.database();
            Console.info(startup.migrate(db).describe());
            return 0;
        }
    }
}
