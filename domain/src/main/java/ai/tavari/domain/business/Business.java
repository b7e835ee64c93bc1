package ai.tavari.domain.business;

import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant: the small business whose phone Tavari answers. Immutable; changes return a copy.
 */
public record Business(
        BusinessId id,
        String name,
        Optional<PhoneNumber> phone,
        ZoneId timeZone,
        Optional<String> industry,
        Optional<String> address,
        BusinessStatus status,
        Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/New_York");

    public Business {
        Objects.requireNonNull(id, "id");
        name = requireName(name);
        phone = Objects.requireNonNullElse(phone, Optional.empty());
        Objects.requireNonNull(timeZone, "timeZone");
        industry = Objects.requireNonNullElse(industry, Optional.<String>empty()).map(String::strip).filter(s -> !s.isEmpty());
        address = Objects.requireNonNullElse(address, Optional.<String>empty()).map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A business just signed up: only its name is known yet. */
    public static Business signedUp(BusinessId id, String name, Instant now) {
        return new Business(id, name, Optional.empty(), DEFAULT_TIME_ZONE, Optional.empty(),
                Optional.empty(), BusinessStatus.ACTIVE, now);
    }

    public Business withInfo(String name, PhoneNumber phone, ZoneId timeZone, String industry, String address) {
        return new Business(id, name, Optional.of(phone), timeZone, Optional.ofNullable(industry),
                Optional.ofNullable(address), status, createdAt);
    }

    public Business suspended() {
        return new Business(id, name, phone, timeZone, industry, address, BusinessStatus.SUSPENDED, createdAt);
    }

    public boolean isSuspended() {
        return status == BusinessStatus.SUSPENDED;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainValidationException("businessName", "must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new DomainValidationException("businessName", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }
}
