package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.Faq;
import ai.tavari.domain.agent.SetupStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 4: up to {@value AgentProfile#MAX_FAQS} questions callers ask, with the answers the agent
 * gives; no question twice (case, spacing and final punctuation aside). An empty list is a valid
 * answer. Fields: {@code faqs}, {@code faqs[0].question}, {@code faqs[0].answer}.
 */
public record FaqsCommand(List<Faq> faqs) implements AgentStepCommand {

    /** One FAQ as typed. */
    public record Entry(String question, String answer) {
    }

    public FaqsCommand {
        faqs = List.copyOf(faqs);
        List<Faq> checked = faqs;
        Validation validation = new Validation();
        ProfileRules.check(validation, profile -> profile.withFaqs(checked));
        validation.throwIfInvalid();
    }

    public static FaqsCommand of(List<Entry> entries) {
        Validation validation = new Validation();
        validation.require(entries != null, "faqs", "is required");
        List<Faq> faqs = new ArrayList<>();
        if (entries != null) {
            validation.require(entries.size() <= AgentProfile.MAX_FAQS, "faqs",
                    "must have at most " + AgentProfile.MAX_FAQS + " entries");
            for (int index = 0; index < entries.size(); index++) {
                String field = "faqs[" + index + "]";
                Entry entry = entries.get(index);
                validation.require(entry != null, field, "is required");
                if (entry != null) {
                    faqs.add(ProfileRules.attempt(validation, ProfileRules.inside(field),
                            () -> Faq.of(entry.question(), entry.answer())));
                }
            }
        }
        validation.throwIfInvalid();
        return new FaqsCommand(faqs);
    }

    @Override
    public SetupStep step() {
        return SetupStep.FAQS;
    }

    @Override
    public String fieldFor(String domainField) {
        return fieldOf(domainField);
    }

    public static String fieldOf(String domainField) {
        return domainField;
    }

    @Override
    public ConfigureAgentCommand asAgentChange() {
        return new ConfigureAgentCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(this), Optional.empty());
    }
}
