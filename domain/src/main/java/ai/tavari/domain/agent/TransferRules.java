package ai.tavari.domain.agent;

import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and when a caller may be transferred to a person, and to which number. The number may
 * be kept while transfers are switched off ({@link TransferAvailability#NEVER}); any other
 * availability requires it.
 */
public record TransferRules(Optional<PhoneNumber> number, TransferAvailability availability) {
    public TransferRules {
        number = Objects.requireNonNullElse(number, Optional.empty());
        if (availability == null) {
            throw new DomainValidationException("transferRules.availability", "is required");
        }
        if (availability != TransferAvailability.NEVER && number.isEmpty()) {
            throw new DomainValidationException("transferRules.number", "is required when transfers are allowed");
        }
    }

    public static TransferRules never() {
        return new TransferRules(Optional.empty(), TransferAvailability.NEVER);
    }

    public static TransferRules always(PhoneNumber number) {
        return new TransferRules(Optional.of(number), TransferAvailability.ALWAYS);
    }

    public static TransferRules duringOpenHours(PhoneNumber number) {
        return new TransferRules(Optional.of(number), TransferAvailability.DURING_OPEN_HOURS);
    }

    /** Whether a caller's request for a person may be honoured, given whether the business is open. */
    public boolean allowsTransfer(boolean businessOpen) {
        return switch (availability) {
            case NEVER -> false;
            case ALWAYS -> true;
            case DURING_OPEN_HOURS -> businessOpen;
        };
    }
}
