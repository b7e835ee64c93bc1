package ai.tavari.domain.billing;

import java.time.Duration;
import java.util.Objects;

/** The outcome of {@link UsagePolicy}: answer the call for at most a duration, or don't. */
public sealed interface UsageDecision {

    boolean isAllowed();

    record Allow(Duration maxCallDuration) implements UsageDecision {
        public Allow {
            Objects.requireNonNull(maxCallDuration, "maxCallDuration");
            if (maxCallDuration.isNegative() || maxCallDuration.isZero()) {
                throw new IllegalArgumentException("maxCallDuration must be positive");
            }
        }

        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    record Deny(DenyReason reason, Fallback fallback) implements UsageDecision {
        public Deny {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(fallback, "fallback");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
