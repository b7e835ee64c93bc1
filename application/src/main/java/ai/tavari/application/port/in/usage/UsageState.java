package ai.tavari.application.port.in.usage;

/** How close the business is to the minutes its plan includes. */
public enum UsageState {
    /** Less than {@value UsageStatus#WARNING_PERCENT} % of the included minutes used. */
    OK,
    /** At least {@value UsageStatus#WARNING_PERCENT} % used, but some minutes left. */
    WARNING,
    /** Every included minute used (or the plan includes none). */
    LIMIT_REACHED
}
