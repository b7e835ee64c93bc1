package ai.tavari.application.port.in.setup;

/** A setup step that shapes the agent profile: the same change the agent settings can make. */
public sealed interface AgentStepCommand extends SetupStepCommand
        permits GreetingAndVoiceCommand, HoursCommand, FaqsCommand, MessageSettingsCommand {

    /** This step's answers as an agent change that leaves everything else as it is. */
    ConfigureAgentCommand asAgentChange();
}
