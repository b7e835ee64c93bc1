package ai.tavari.application.port.out;

import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Metered call minutes, exactly one entry per call: a minute is never counted twice nor lost,
 * however many times (or on however many servers at once) the end of a call is reported.
 */
public interface UsageLedger {
    /** The longest period {@link #dailyMinutes} answers for. */
    int MAX_DAYS = 400;

    /**
     * Records the call's usage unless it is recorded already; meant to run in the transaction that
     * ends the call. {@code billableMinutes} is {@code seconds} rounded up to whole minutes (one more
     * minute is allowed for a fraction of a second the seconds leave out).
     *
     * @return true if this recorded it, false if the call's usage was recorded before (the figures
     *         of the first record stand)
     * @throws IllegalArgumentException if the call is not one of the business's calls, or the figures
     *         are negative or do not fit each other
     */
    boolean record(BusinessId businessId, CallId callId, int billableMinutes, int seconds, Instant at);

    /** The call's entry, if its usage is recorded and it is one of the business's calls. */
    Optional<RecordedUsage> recorded(BusinessId businessId, CallId callId);

    /** Minutes recorded in the period (record time in [start, end)). */
    long minutesUsed(BusinessId businessId, UsagePeriod period);

    /**
     * Minutes per local day in {@code zone}, one entry for every day the period touches (zero
     * included), in date order; a record counts on the local day of its record time.
     *
     * @throws IllegalArgumentException if the period touches more than {@value #MAX_DAYS} days
     */
    List<DailyMinutes> dailyMinutes(BusinessId businessId, UsagePeriod period, ZoneId zone);

    /** @throws IllegalArgumentException unless minutes and seconds are non-negative and consistent */
    static void checkFigures(int billableMinutes, int seconds) {
        if (billableMinutes < 0 || seconds < 0) {
            throw new IllegalArgumentException("usage figures must not be negative");
        }
        long minuteSeconds = billableMinutes * 60L;
        if (minuteSeconds < seconds || minuteSeconds > seconds + 60L) {
            throw new IllegalArgumentException(billableMinutes + " billable minutes do not fit " + seconds + " seconds");
        }
    }
}
