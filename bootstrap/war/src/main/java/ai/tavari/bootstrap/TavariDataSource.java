package ai.tavari.bootstrap;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one PostgreSQL data source, configured through MicroProfile Config
 * ({@code tavari.db.url}, {@code tavari.db.user}, {@code tavari.db.password}; env TAVARI_DB_URL, …).
 *
 * <p>A connection is validated at most once every 30 s, not on every hand-out: the pool loads the
 * validation class by name through the application's class loader each time, and under load every
 * transaction queued on that class loader's lock (see BENCHMARKS.md, call setup).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/tavari",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=tavari.db.url}",
        user = "${MPCONFIG=tavari.db.user}",
        password = "${MPCONFIG=tavari.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=30",
                "fish.payara.fail-all-connections=true"
        })
public class TavariDataSource {
}
