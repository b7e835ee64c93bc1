package ai.tavari.application.port.in.setup;

import ai.tavari.domain.business.BusinessId;

/** The business's agent as configured. */
public interface GetAgentConfiguration {
    AgentConfiguration configuration(BusinessId businessId);
}
