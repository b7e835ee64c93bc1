package ai.tavari.application.port.in.billing;

/** What reporting a call's usage to the payment provider did, and how many minutes it reported. */
public record OverageReport(Outcome outcome, long minutesReported) {
    public enum Outcome {
        /** The call's minutes beyond the plan were reported. */
        REPORTED,
        /** The call stayed within the plan's included minutes: nothing to charge. */
        WITHIN_PLAN,
        /** The business's plan charges no overage (or is no longer in the catalogue). */
        NO_OVERAGE_ON_PLAN,
        /** The business has no customer at the payment provider (it never went through checkout). */
        NO_BILLING_ACCOUNT,
        /** The call's minutes are not recorded (yet), or it is not one of the business's calls. */
        NOT_RECORDED,
        /** Payments are not set up on this server. */
        BILLING_NOT_CONFIGURED
    }

    public OverageReport {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (minutesReported < 0 || (outcome != Outcome.REPORTED && minutesReported != 0)) {
            throw new IllegalArgumentException("only a report has minutes, and never negative ones");
        }
    }

    public static OverageReport none(Outcome outcome) {
        return new OverageReport(outcome, 0);
    }
}
