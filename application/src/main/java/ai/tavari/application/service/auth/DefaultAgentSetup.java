package ai.tavari.application.service.auth;

import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.Business;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;

/** A new business starts with the default agent profile, ready to be shaped in the wizard. */
@Singleton
public class DefaultAgentSetup implements NewBusinessSetup {
    private final AgentProfileRepository agents;

    @Inject
    public DefaultAgentSetup(AgentProfileRepository agents) {
        this.agents = agents;
    }

    @Override
    public void prepare(Business business, Instant now) {
        agents.save(AgentProfile.defaultFor(business));
    }
}
