package ai.tavari.adapters.persistence.support;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * EclipseLink's PostgreSQL platform binds a null {@link UUID} as a {@code varchar} null, which
 * PostgreSQL refuses for a {@code uuid} column ("column is of type uuid but expression is of type
 * character varying"). Binding it as {@link Types#OTHER} lets the server infer the column's type.
 * Named by {@code eclipselink.target-database} in {@code persistence.xml}.
 */
public class TavariPostgreSQLPlatform extends PostgreSQLPlatform {
    private static final long serialVersionUID = 1L;

    @Override
    public int getJDBCType(Class<?> javaType) {
        return javaType == UUID.class ? Types.OTHER : super.getJDBCType(javaType);
    }
}
