package ai.tavari.bootstrap;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one PostgreSQL data source, configured through MicroProfile Config
 * ({@code tavari.db.url}, {@code tavari.db.user}, {@code tavari.db.password}; env TAVARI_DB_URL, …).
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
                "fish.payara.fail-all-connections=true"
        })
public class TavariDataSource {
}
