package ai.tavari.application.service.setup;

import ai.tavari.application.port.in.setup.BusinessInfoCommand;
import ai.tavari.application.port.in.setup.ConfigureAgentCommand;
import ai.tavari.application.port.in.setup.FaqsCommand;
import ai.tavari.application.port.in.setup.HoursCommand;
import ai.tavari.application.port.in.setup.MessageSettingsCommand;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.TransferRules;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.DomainValidationException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** A business and its agent profile after a change, both or neither valid. */
record AgentEdit(Business business, AgentProfile profile) {

    /**
     * Step 1. The hours move to the new time zone; a greeting still the default one follows the
     * new name; a profile without a transfer number gets the business phone as one (transfers stay
     * as they were), as a new business's default profile does.
     */
    static AgentEdit businessInfo(Business business, AgentProfile profile, BusinessInfoCommand info) {
        Business changed = rule(info::fieldFor, () -> business.withInfo(info.name(), info.phone(), info.timeZone(),
                info.industry().orElse(null), info.address().orElse(null)));
        AgentProfile moved = profile.withHours(profile.hours().withZone(info.timeZone()));
        if (profile.greeting().equals(AgentProfile.defaultGreeting(business.name(), profile.agentName()))) {
            moved = moved.withGreeting(AgentProfile.defaultGreeting(changed.name(), profile.agentName()));
        }
        if (moved.transferRules().number().isEmpty()) {
            moved = moved.withTransferRules(new TransferRules(Optional.of(info.phone()),
                    moved.transferRules().availability()));
        }
        return new AgentEdit(changed, moved);
    }

    /**
     * Steps 2 to 5 and the agent settings. The new profile is built in one go, so that rules that
     * tie parts together (an after-hours transfer needs a transfer number) see the final state
     * whatever the order of the parts.
     */
    static AgentEdit agent(Business business, AgentProfile profile, ConfigureAgentCommand change,
                           UnaryOperator<String> fieldNames) {
        ZoneId zone = change.hours().flatMap(HoursCommand::timeZone).orElse(business.timeZone());
        Business inZone = zone.equals(business.timeZone()) ? business : new Business(business.id(), business.name(),
                business.phone(), zone, business.industry(), business.address(), business.status(), business.createdAt());
        AgentProfile changed = rule(fieldNames, () -> new AgentProfile(profile.businessId(),
                change.agentName().orElse(profile.agentName()),
                change.greeting().orElse(profile.greeting()),
                change.voice().orElse(profile.voice()),
                change.language().orElse(profile.language()),
                change.instructions().orElse(profile.instructions()),
                change.faqs().map(FaqsCommand::faqs).orElse(profile.faqs()),
                change.messageSettings().map(MessageSettingsCommand::settings).orElse(profile.messageSettings()),
                change.messageSettings().map(MessageSettingsCommand::transferRules).orElse(profile.transferRules()),
                change.hours().map(HoursCommand::afterHours).orElse(profile.afterHoursAction()),
                change.hours().map(hours -> hours.scheduleIn(zone)).orElse(profile.hours().withZone(zone))));
        return new AgentEdit(inZone, changed);
    }

    private static <T> T rule(UnaryOperator<String> fieldNames, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (DomainValidationException e) {
            throw new InvalidCommandException(List.of(new FieldError(fieldNames.apply(e.field()), e.getMessage())));
        }
    }
}
