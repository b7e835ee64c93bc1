package ai.tavari.application.port.in.setup;

import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.Business;
import java.util.Objects;

/**
 * The agent as configured, with its business, whether it is live, and the exact instructions the
 * voice agent would receive if a call came in now.
 */
public record AgentConfiguration(Business business, AgentProfile profile, boolean live, String instructionsPreview) {
    public AgentConfiguration {
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(instructionsPreview, "instructionsPreview");
    }
}
