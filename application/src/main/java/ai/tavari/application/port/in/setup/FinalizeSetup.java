package ai.tavari.application.port.in.setup;

import ai.tavari.domain.business.BusinessId;

/** Puts the agent live once every wizard step is complete. Idempotent: finalizing again changes nothing. */
public interface FinalizeSetup {
    /**
     * @return the status, now live
     * @throws ai.tavari.application.validation.InvalidCommandException listing everything missing,
     *         named as in {@link StepStatus} ({@code step1.phone}, {@code step3}, ...)
     */
    SetupStatus finalizeSetup(BusinessId businessId);
}
