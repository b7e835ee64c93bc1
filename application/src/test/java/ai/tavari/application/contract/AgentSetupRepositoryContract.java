package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.Faq;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link AgentSetupRepository} must do; run against the in-memory fake and the real adapter. */
public abstract class AgentSetupRepositoryContract {
    /** At most microsecond digits: what a timestamp column keeps. */
    protected static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456Z");

    protected abstract AgentSetupRepository setups();

    /** The port that creates an agent at sign-up, over the same storage. */
    protected abstract AgentProfileRepository profiles();

    protected abstract BusinessRepository businesses();

    @Test
    void aNewAgentHasSavedNoStepsAndIsNotLive() {
        AgentProfile profile = newAgent();

        AgentSetup setup = setups().findByBusiness(profile.businessId()).orElseThrow();

        assertThat(setup.profile()).isEqualTo(profile);
        assertThat(setup.savedSteps()).isEmpty();
        assertThat(setup.finalizedAt()).isEmpty();
        assertThat(setup.isFinalized()).isFalse();
    }

    @Test
    void storesTheProfileTheSavedStepsAndTheFinalizationTogether() {
        AgentProfile profile = newAgent();
        AgentSetup read = setups().findByBusiness(profile.businessId()).orElseThrow();
        AgentProfile changed = profile.withVoice("coral").withFaqs(List.of(Faq.of("Parking?", "Behind the shop.")));

        AgentSetup saved = setups().save(read.with(changed, EnumSet.of(SetupStep.BUSINESS_INFO, SetupStep.FAQS),
                Optional.of(NOW)));

        AgentSetup found = setups().findByBusiness(profile.businessId()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.profile()).isEqualTo(changed);
        assertThat(found.savedSteps()).containsExactlyInAnyOrder(SetupStep.BUSINESS_INFO, SetupStep.FAQS);
        assertThat(found.finalizedAt()).contains(NOW);
        assertThat(found.version()).isGreaterThan(read.version());
    }

    @Test
    void theSetupASaveReturnsCanBeSavedAgain() {
        AgentProfile profile = newAgent();
        AgentSetup first = setups().save(setups().findByBusiness(profile.businessId()).orElseThrow()
                .with(profile.withVoice("sage"), EnumSet.of(SetupStep.GREETING_AND_VOICE), Optional.empty()));

        AgentSetup second = setups().save(first.with(profile.withVoice("verse"), EnumSet.allOf(SetupStep.class),
                Optional.empty()));

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(setups().findByBusiness(profile.businessId()).orElseThrow().profile().voice()).isEqualTo("verse");
    }

    @Test
    void aSaveBasedOnAnOutdatedReadIsRefusedAndChangesNothing() {
        AgentProfile profile = newAgent();
        AgentSetup mine = setups().findByBusiness(profile.businessId()).orElseThrow();
        AgentSetup theirs = setups().findByBusiness(profile.businessId()).orElseThrow();
        setups().save(theirs.with(profile.withAgentName("Theo"), Set.of(SetupStep.GREETING_AND_VOICE), Optional.empty()));

        assertThatThrownBy(() -> setups().save(mine.with(profile.withAgentName("Mina"), Set.of(SetupStep.FAQS),
                Optional.of(NOW)))).isInstanceOf(StaleDataException.class);

        AgentSetup found = setups().findByBusiness(profile.businessId()).orElseThrow();
        assertThat(found.profile().agentName()).isEqualTo("Theo");
        assertThat(found.savedSteps()).containsExactly(SetupStep.GREETING_AND_VOICE);
        assertThat(found.finalizedAt()).isEmpty();
    }

    @Test
    void savingTheProfileAloneKeepsTheWizardsProgress() {
        AgentProfile profile = newAgent();
        setups().save(setups().findByBusiness(profile.businessId()).orElseThrow()
                .with(profile, EnumSet.of(SetupStep.HOURS), Optional.of(NOW)));

        profiles().save(profile.withGreeting("Hello, how can I help?"));

        AgentSetup found = setups().findByBusiness(profile.businessId()).orElseThrow();
        assertThat(found.profile().greeting()).isEqualTo("Hello, how can I help?");
        assertThat(found.savedSteps()).containsExactly(SetupStep.HOURS);
        assertThat(found.finalizedAt()).contains(NOW);
    }

    @Test
    void oneBusinessesSetupNeverTouchesAnothers() {
        AgentProfile mine = newAgent();
        AgentProfile theirs = newAgent();

        setups().save(setups().findByBusiness(mine.businessId()).orElseThrow()
                .with(mine.withAgentName("Mine"), EnumSet.allOf(SetupStep.class), Optional.of(NOW)));

        AgentSetup other = setups().findByBusiness(theirs.businessId()).orElseThrow();
        assertThat(other.profile()).isEqualTo(theirs);
        assertThat(other.savedSteps()).isEmpty();
        assertThat(other.finalizedAt()).isEmpty();
        assertThat(setups().findByBusiness(BusinessId.newId())).isEmpty();
    }

    @Test
    void aBusinessWithoutAnAgentCannotBeSaved() {
        Business business = Business.signedUp(BusinessId.newId(), "No Agent Yet", NOW);
        businesses().add(business);
        AgentSetup invented = new AgentSetup(AgentProfile.defaultFor(business), Set.of(), Optional.empty(), 0);

        assertThatThrownBy(() -> setups().save(invented)).isInstanceOf(IllegalStateException.class);
        assertThat(setups().findByBusiness(business.id())).isEmpty();
    }

    private AgentProfile newAgent() {
        Business business = Business.signedUp(BusinessId.newId(), "Bella Hair", NOW);
        businesses().add(business);
        AgentProfile profile = AgentProfile.defaultFor(business);
        profiles().save(profile);
        return profile;
    }
}
