package ai.tavari.application.fakes;

import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.BusinessId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One agent per business, as the table behind this port and {@link AgentProfileRepository} holds
 * it; {@link #profiles()} is that second port over the same rows. Every write moves the version on.
 */
public class InMemoryAgentSetupRepository implements AgentSetupRepository {
    private final Map<BusinessId, AgentSetup> rows = new HashMap<>();

    @Override
    public synchronized Optional<AgentSetup> findByBusiness(BusinessId businessId) {
        return Optional.ofNullable(rows.get(businessId));
    }

    @Override
    public synchronized AgentSetup save(AgentSetup setup) {
        BusinessId businessId = setup.profile().businessId();
        AgentSetup stored = rows.get(businessId);
        if (stored == null) {
            throw new IllegalStateException("no agent for business " + businessId);
        }
        if (stored.version() != setup.version()) {
            throw new StaleDataException("the agent of business " + businessId + " changed since it was read");
        }
        AgentSetup next = new AgentSetup(setup.profile(), setup.savedSteps(), setup.finalizedAt(), setup.version() + 1);
        rows.put(businessId, next);
        return next;
    }

    /** The profile port over the same rows: saving a profile keeps the wizard's progress. */
    public AgentProfileRepository profiles() {
        return new AgentProfileRepository() {
            @Override
            public void save(AgentProfile profile) {
                synchronized (InMemoryAgentSetupRepository.this) {
                    AgentSetup stored = rows.get(profile.businessId());
                    rows.put(profile.businessId(), stored == null
                            ? new AgentSetup(profile, Set.of(), Optional.empty(), 0)
                            : new AgentSetup(profile, stored.savedSteps(), stored.finalizedAt(), stored.version() + 1));
                }
            }

            @Override
            public Optional<AgentProfile> findByBusiness(BusinessId businessId) {
                return InMemoryAgentSetupRepository.this.findByBusiness(businessId).map(AgentSetup::profile);
            }
        };
    }
}
