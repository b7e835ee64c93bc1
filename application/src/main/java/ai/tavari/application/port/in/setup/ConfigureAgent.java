package ai.tavari.application.port.in.setup;

import ai.tavari.domain.business.BusinessId;

/** Changes the agent's configuration with the wizard's rules, outside the wizard or after it. */
public interface ConfigureAgent {
    /**
     * @return the configuration after the change
     * @throws ai.tavari.application.validation.InvalidCommandException naming the command's fields
     * @throws ai.tavari.application.port.out.StaleDataException if the setup changed meanwhile
     */
    AgentConfiguration configure(BusinessId businessId, ConfigureAgentCommand command);
}
