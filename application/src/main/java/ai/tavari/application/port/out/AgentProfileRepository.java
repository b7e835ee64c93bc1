package ai.tavari.application.port.out;

import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.BusinessId;
import java.util.Optional;

public interface AgentProfileRepository {
    /** Inserts or replaces the business's one agent profile. */
    void save(AgentProfile profile);

    Optional<AgentProfile> findByBusiness(BusinessId businessId);
}
