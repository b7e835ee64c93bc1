package ai.tavari.adapters.persistence.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For nullable {@code uuid} columns. EclipseLink's built-in UUID conversion fails on a NULL it
 * reads; an explicit converter replaces it, and passes UUIDs through unchanged (the driver reads
 * and writes {@code uuid} natively). Writing NULL needs {@link TavariPostgreSQLPlatform}.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, UUID> {
    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
