package ai.tavari.application.port.in.setup;

import ai.tavari.domain.agent.SetupStep;

/**
 * The owner's answers to one step of the setup wizard. Each command checks its own input on
 * construction and names bad fields as the owner sent them (relative to the step's body).
 */
public sealed interface SetupStepCommand permits BusinessInfoCommand, AgentStepCommand {
    SetupStep step();

    /**
     * The field of this command that a domain rule about {@code domainField} concerns, e.g. the
     * profile's {@code afterHoursAction} is the hours step's {@code afterHours}.
     */
    String fieldFor(String domainField);
}
