package ai.tavari.adapters.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A throw-away schema in the real test PostgreSQL ({@code TAVARI_TEST_DB_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}), migrated by the
 * product's own Flyway scripts, with an EntityManagerFactory on the product's persistence unit
 * switched to resource-local transactions.
 */
public final class PostgresTestDatabase implements AutoCloseable {
    private final String baseUrl;
    private final String user;
    private final String password;
    private final String schema;
    private final EntityManagerFactory emf;

    private PostgresTestDatabase() {
        this.baseUrl = setting("TAVARI_TEST_DB_URL", "tavari.test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        this.user = setting("TAVARI_TEST_DB_USER", "tavari.test.db.user", "postgres");
        this.password = setting("TAVARI_TEST_DB_PASSWORD", "tavari.test.db.password", "postgres");
        this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        Flyway.configure()
                .dataSource(baseUrl, user, password)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        properties.put("jakarta.persistence.jdbc.url", url());
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.session-name", "tavari-" + schema);
        this.emf = Persistence.createEntityManagerFactory("tavari", properties);
    }

    public static PostgresTestDatabase create() {
        return new PostgresTestDatabase();
    }

    /** JDBC URL whose default schema is this test's schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /** Runs {@code work} in one transaction, committing on success and rolling back on failure. */
    public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    @Override
    public void close() {
        emf.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database at " + baseUrl + " is not usable: " + e.getMessage()
                    + " (set TAVARI_TEST_DB_URL, or start the local PostgreSQL)", e);
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
