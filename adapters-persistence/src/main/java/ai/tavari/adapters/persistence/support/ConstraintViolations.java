package ai.tavari.adapters.persistence.support;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique (23505) and foreign-key (23503) violations anywhere in a failure's causes. */
public final class ConstraintViolations {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ConstraintViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraintName) {
        return isViolation(failure, UNIQUE_VIOLATION, constraintName);
    }

    public static boolean isForeignKeyViolation(Throwable failure, String constraintName) {
        return isViolation(failure, FOREIGN_KEY_VIOLATION, constraintName);
    }

    private static boolean isViolation(Throwable failure, String sqlState, String constraintName) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())
                    && (constraintName == null || String.valueOf(sql.getMessage()).contains(constraintName))) {
                return true;
            }
        }
        return false;
    }
}
