package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.SetupStep;
import java.util.Optional;

/**
 * Step 2: the agent's name, the greeting it opens calls with, its voice (one of
 * {@code AgentProfile.ALLOWED_VOICES}), its language tag, and the owner's instructions on
 * personality (optional). Checked by the agent profile's own rules; fields {@code agentName},
 * {@code greeting}, {@code voice}, {@code language}, {@code instructions}.
 */
public record GreetingAndVoiceCommand(String agentName, String greeting, String voice, String language,
                                      String instructions) implements AgentStepCommand {

    public GreetingAndVoiceCommand {
        instructions = instructions == null ? "" : instructions;
        Validation validation = new Validation();
        validation.require(agentName != null, "agentName", "must not be blank");
        validation.require(greeting != null, "greeting", "must not be blank");
        validation.require(voice != null, "voice", "is required");
        validation.require(language != null, "language", "is required");
        checkGiven(validation, agentName, greeting, voice, language, instructions);
        validation.throwIfInvalid();
    }

    /** Checks the fields that are given ({@code null} = not given) against the profile's rules. */
    static void checkGiven(Validation validation, String agentName, String greeting, String voice, String language,
                      String instructions) {
        if (agentName != null) {
            ProfileRules.check(validation, profile -> profile.withAgentName(agentName));
        }
        if (greeting != null) {
            ProfileRules.check(validation, profile -> profile.withGreeting(greeting));
        }
        if (voice != null) {
            ProfileRules.check(validation, profile -> profile.withVoice(voice));
        }
        if (language != null) {
            ProfileRules.check(validation, profile -> profile.withLanguage(language));
        }
        if (instructions != null) {
            ProfileRules.check(validation, profile -> profile.withInstructions(instructions));
        }
    }

    @Override
    public SetupStep step() {
        return SetupStep.GREETING_AND_VOICE;
    }

    @Override
    public String fieldFor(String domainField) {
        return domainField;
    }

    @Override
    public ConfigureAgentCommand asAgentChange() {
        return new ConfigureAgentCommand(Optional.of(agentName), Optional.of(greeting), Optional.of(voice),
                Optional.of(language), Optional.of(instructions), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
