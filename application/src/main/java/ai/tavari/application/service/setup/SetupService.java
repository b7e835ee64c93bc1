package ai.tavari.application.service.setup;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.number.ProvisionBusinessNumber;
import ai.tavari.application.port.in.setup.AgentConfiguration;
import ai.tavari.application.port.in.setup.AgentStepCommand;
import ai.tavari.application.port.in.setup.BusinessInfoCommand;
import ai.tavari.application.port.in.setup.ConfigureAgent;
import ai.tavari.application.port.in.setup.ConfigureAgentCommand;
import ai.tavari.application.port.in.setup.FinalizeSetup;
import ai.tavari.application.port.in.setup.GetAgentConfiguration;
import ai.tavari.application.port.in.setup.GetSetupStatus;
import ai.tavari.application.port.in.setup.SaveSetupStep;
import ai.tavari.application.port.in.setup.SetupStatus;
import ai.tavari.application.port.in.setup.SetupStepCommand;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.service.number.ForwardingStatuses;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.agent.AgentInstructions;
import ai.tavari.domain.agent.SetupIncompleteException;
import ai.tavari.domain.agent.SetupProgress;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The setup wizard and the agent settings, always on the caller's own business. A save that
 * changes nothing writes nothing, so saving the same answers twice is harmless. Finalizing also
 * asks for the business's phone number, which is provisioned in the background once it commits.
 */
@Singleton
@Transactional
public class SetupService implements GetSetupStatus, SaveSetupStep, FinalizeSetup, GetAgentConfiguration, ConfigureAgent {
    private final BusinessRepository businesses;
    private final AgentSetupRepository setups;
    private final ProvisionBusinessNumber numbers;
    private final ForwardingStatuses forwarding;
    private final Clock clock;

    @Inject
    public SetupService(BusinessRepository businesses, AgentSetupRepository setups, ProvisionBusinessNumber numbers,
                        ForwardingStatuses forwarding, Clock clock) {
        this.businesses = businesses;
        this.setups = setups;
        this.numbers = numbers;
        this.forwarding = forwarding;
        this.clock = clock;
    }

    @Override
    public SetupStatus status(BusinessId businessId) {
        return statusOf(load(businessId));
    }

    @Override
    public SetupStatus save(BusinessId businessId, SetupStepCommand command) {
        Stored current = load(businessId);
        AgentEdit edit = command instanceof BusinessInfoCommand info
                ? AgentEdit.businessInfo(current.business(), current.setup().profile(), info)
                : AgentEdit.agent(current.business(), current.setup().profile(),
                        ((AgentStepCommand) command).asAgentChange(), command::fieldFor);
        return statusOf(store(current, edit, Set.of(command.step()), current.setup().finalizedAt()));
    }

    @Override
    public SetupStatus finalizeSetup(BusinessId businessId) {
        Stored current = load(businessId);
        SetupProgress finalized;
        try {
            finalized = current.progress().finalizeAt(clock.instant());
        } catch (SetupIncompleteException e) {
            throw new InvalidCommandException(SetupStatuses.missing(e.missing()));
        }
        AgentEdit unchanged = new AgentEdit(current.business(), current.setup().profile());
        Stored live = store(current, unchanged, Set.of(), finalized.finalizedAt());
        numbers.provision(businessId);
        return statusOf(live);
    }

    @Override
    public AgentConfiguration configuration(BusinessId businessId) {
        return configurationOf(load(businessId));
    }

    @Override
    public AgentConfiguration configure(BusinessId businessId, ConfigureAgentCommand command) {
        Stored current = load(businessId);
        AgentEdit edit = AgentEdit.agent(current.business(), current.setup().profile(), command, command::fieldFor);
        return configurationOf(store(current, edit, command.steps(), current.setup().finalizedAt()));
    }

    private SetupStatus statusOf(Stored stored) {
        return SetupStatuses.of(stored.progress(), forwarding.of(stored.business()));
    }

    private AgentConfiguration configurationOf(Stored stored) {
        return new AgentConfiguration(stored.business(), stored.setup().profile(), stored.setup().isFinalized(),
                AgentInstructions.build(stored.business(), stored.setup().profile(), clock.instant()));
    }

    private Stored load(BusinessId businessId) {
        Business business = businesses.findById(businessId).orElseThrow(() -> new NotFoundException("Business"));
        AgentSetup setup = setups.findByBusiness(businessId).orElseThrow(() -> new NotFoundException("Agent"));
        return new Stored(business, setup);
    }

    /** Writes only what changed: an unchanged business or setup is not touched (and keeps its version). */
    private Stored store(Stored current, AgentEdit edit, Set<SetupStep> savedNow, Optional<Instant> finalizedAt) {
        Set<SetupStep> saved = EnumSet.noneOf(SetupStep.class);
        saved.addAll(current.setup().savedSteps());
        saved.addAll(savedNow);
        if (!edit.business().equals(current.business())) {
            businesses.update(edit.business());
        }
        AgentSetup next = current.setup().with(edit.profile(), saved, finalizedAt);
        if (!next.equals(current.setup())) {
            next = setups.save(next);
        }
        return new Stored(edit.business(), next);
    }

    private record Stored(Business business, AgentSetup setup) {
        SetupProgress progress() {
            return SetupProgress.evaluate(business, setup.profile(), setup.savedSteps(), setup.finalizedAt());
        }
    }
}
