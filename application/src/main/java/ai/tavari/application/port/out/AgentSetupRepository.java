package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import java.util.Optional;

/**
 * The agent profile together with the wizard's progress, read and written as one, with optimistic
 * locking: a save based on an outdated read fails instead of overwriting the newer data.
 */
public interface AgentSetupRepository {
    /** Empty when the business has no agent (every business gets one at sign-up). */
    Optional<AgentSetup> findByBusiness(BusinessId businessId);

    /**
     * Replaces the stored profile, saved steps and finalization of the profile's business.
     *
     * @return the setup as now stored, with its new version
     * @throws StaleDataException if the stored setup changed since {@code setup} was read (its
     *         version is no longer {@link AgentSetup#version()})
     * @throws IllegalStateException if the business has no agent to update
     */
    AgentSetup save(AgentSetup setup);
}
