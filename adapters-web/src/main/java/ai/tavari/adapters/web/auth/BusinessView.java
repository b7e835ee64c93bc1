package ai.tavari.adapters.web.auth;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;

public record BusinessView(String id, String name, String phone, String timeZone, String industry, String address,
                           String status, Instant createdAt) {
    static BusinessView of(Business business) {
        return new BusinessView(business.id().toString(), business.name(),
                business.phone().map(PhoneNumber::e164).orElse(null), business.timeZone().getId(),
                business.industry().orElse(null), business.address().orElse(null), business.status().name(),
                business.createdAt());
    }
}
