package ai.tavari.adapters.persistence.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers; without it no call can be recorded. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/tavari")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named("database").status(valid).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
