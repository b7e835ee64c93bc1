package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import java.time.ZoneId;
import java.util.Optional;

/** IANA time zone names ("America/New_York"); fixed offsets such as "+02:00" are refused. */
final class TimeZones {
    static final String MESSAGE = "must be an IANA time zone such as America/New_York";

    private TimeZones() {
    }

    static Optional<ZoneId> parse(Validation validation, String field, String name) {
        String stripped = name == null ? "" : name.strip();
        boolean known = ZoneId.getAvailableZoneIds().contains(stripped);
        validation.require(known, field, MESSAGE);
        return known ? Optional.of(ZoneId.of(stripped)) : Optional.empty();
    }
}
