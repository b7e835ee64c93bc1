package ai.tavari.domain.notification;

import java.util.Optional;

/** The share of a plan's included minutes at which the owner is warned, once per usage period each. */
public enum UsageAlertLevel {
    EIGHTY_PERCENT(80),
    NINETY_FIVE_PERCENT(95),
    ALL_USED(100);

    private final int percent;

    UsageAlertLevel(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /**
     * The highest level {@code minutesUsed} has reached; empty below 80 % and for a plan without
     * included minutes (there is nothing to run out of). Only the highest is reported: a call that
     * takes usage from 70 % to 100 % brings one alert, not three.
     */
    public static Optional<UsageAlertLevel> reached(long minutesUsed, long includedMinutes) {
        if (includedMinutes <= 0) {
            return Optional.empty();
        }
        UsageAlertLevel highest = null;
        for (UsageAlertLevel level : values()) {
            // minutesUsed / included >= percent / 100, in integers
            if (Math.multiplyExact(minutesUsed, 100) >= Math.multiplyExact(includedMinutes, level.percent)) {
                highest = level;
            }
        }
        return Optional.ofNullable(highest);
    }
}
