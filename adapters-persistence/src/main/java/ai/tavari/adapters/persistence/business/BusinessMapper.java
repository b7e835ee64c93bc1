package ai.tavari.adapters.persistence.business;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

final class BusinessMapper {
    private BusinessMapper() {
    }

    static Business toDomain(BusinessEntity row) {
        return new Business(new BusinessId(row.id), row.name, Optional.ofNullable(row.phone).map(PhoneNumber::of),
                ZoneId.of(row.timeZone), Optional.ofNullable(row.industry), Optional.ofNullable(row.address),
                BusinessStatus.valueOf(row.status), Timestamps.fromColumn(row.createdAt));
    }

    static void copyInto(Business business, BusinessEntity row, Instant now) {
        row.id = business.id().value();
        row.name = business.name();
        row.phone = business.phone().map(PhoneNumber::e164).orElse(null);
        row.timeZone = business.timeZone().getId();
        row.industry = business.industry().orElse(null);
        row.address = business.address().orElse(null);
        row.status = business.status().name();
        row.createdAt = Timestamps.toColumn(business.createdAt());
        row.updatedAt = Timestamps.toColumn(now);
    }
}
