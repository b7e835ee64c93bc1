package ai.tavari.adapters.persistence.support;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique-violation (SQLSTATE 23505) anywhere in a failure's causes. */
public final class ConstraintViolations {
    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraintName) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && (constraintName == null || String.valueOf(sql.getMessage()).contains(constraintName))) {
                return true;
            }
        }
        return false;
    }
}
