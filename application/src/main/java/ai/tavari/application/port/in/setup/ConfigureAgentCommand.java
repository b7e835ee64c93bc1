package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.SetupStep;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to the agent's configuration: every part that is present replaces the current one,
 * absent parts stay as they are. The parts are those of wizard steps 2 to 5; a change marks the
 * steps it touches as saved. Fields: {@code agentName}, {@code greeting}, {@code voice},
 * {@code language}, {@code instructions}, then the hours step's fields under {@code hours.}, the
 * FAQs as {@code faqs[0].question}, the message settings step's fields under
 * {@code messageSettings.}.
 */
public record ConfigureAgentCommand(Optional<String> agentName, Optional<String> greeting, Optional<String> voice,
                                    Optional<String> language, Optional<String> instructions,
                                    Optional<HoursCommand> hours, Optional<FaqsCommand> faqs,
                                    Optional<MessageSettingsCommand> messageSettings) {

    public ConfigureAgentCommand {
        agentName = Objects.requireNonNullElse(agentName, Optional.empty());
        greeting = Objects.requireNonNullElse(greeting, Optional.empty());
        voice = Objects.requireNonNullElse(voice, Optional.empty());
        language = Objects.requireNonNullElse(language, Optional.empty());
        instructions = Objects.requireNonNullElse(instructions, Optional.empty());
        hours = Objects.requireNonNullElse(hours, Optional.empty());
        faqs = Objects.requireNonNullElse(faqs, Optional.empty());
        messageSettings = Objects.requireNonNullElse(messageSettings, Optional.empty());
        Validation validation = new Validation();
        GreetingAndVoiceCommand.checkGiven(validation, agentName.orElse(null), greeting.orElse(null),
                voice.orElse(null), language.orElse(null), instructions.orElse(null));
        validation.throwIfInvalid();
    }

    /** The whole configuration, replacing everything (what the wizard's steps 2 to 5 hold together). */
    public static ConfigureAgentCommand replacing(GreetingAndVoiceCommand greetingAndVoice, HoursCommand hours,
                                                  FaqsCommand faqs, MessageSettingsCommand messageSettings) {
        return new ConfigureAgentCommand(Optional.of(greetingAndVoice.agentName()),
                Optional.of(greetingAndVoice.greeting()), Optional.of(greetingAndVoice.voice()),
                Optional.of(greetingAndVoice.language()), Optional.of(greetingAndVoice.instructions()),
                Optional.of(hours), Optional.of(faqs), Optional.of(messageSettings));
    }

    /** The wizard steps whose answers this change gives. */
    public Set<SetupStep> steps() {
        Set<SetupStep> steps = EnumSet.noneOf(SetupStep.class);
        if (agentName.isPresent() || greeting.isPresent() || voice.isPresent() || language.isPresent()
                || instructions.isPresent()) {
            steps.add(SetupStep.GREETING_AND_VOICE);
        }
        hours.ifPresent(given -> steps.add(SetupStep.HOURS));
        faqs.ifPresent(given -> steps.add(SetupStep.FAQS));
        messageSettings.ifPresent(given -> steps.add(SetupStep.MESSAGE_SETTINGS));
        return steps;
    }

    /** Where a domain rule's field lives in this change, e.g. {@code afterHoursAction} is {@code hours.afterHours}. */
    public String fieldFor(String domainField) {
        if (domainField.equals("afterHoursAction")) {
            return hours.isPresent() ? "hours.afterHours" : "messageSettings.transferNumber";
        }
        if (domainField.startsWith("hours")) {
            return "hours." + HoursCommand.fieldOf(domainField);
        }
        if (domainField.startsWith("messageSettings.") || domainField.startsWith("transferRules.")) {
            return "messageSettings." + MessageSettingsCommand.fieldOf(domainField);
        }
        return domainField;
    }
}
