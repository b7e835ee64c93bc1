package ai.tavari.application.service.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessNumbers;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryNumberProvisionings;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.setup.AgentConfiguration;
import ai.tavari.application.port.in.setup.BusinessInfoCommand;
import ai.tavari.application.port.in.setup.ConfigureAgentCommand;
import ai.tavari.application.port.in.setup.FaqsCommand;
import ai.tavari.application.port.in.setup.ForwardingState;
import ai.tavari.application.port.in.setup.GreetingAndVoiceCommand;
import ai.tavari.application.port.in.setup.HoursCommand;
import ai.tavari.application.port.in.setup.HoursCommand.Opening;
import ai.tavari.application.port.in.setup.MessageSettingsCommand;
import ai.tavari.application.port.in.setup.SetupStatus;
import ai.tavari.application.port.in.setup.StepStatus;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.service.auth.DefaultAgentSetup;
import ai.tavari.application.service.number.ForwardingStatuses;
import ai.tavari.application.service.number.NumberSettings;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.agent.AfterHoursAction;
import ai.tavari.domain.agent.AgentInstructions;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.TransferAvailability;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SetupServiceTest {
    private static final PhoneNumber PHONE = PhoneNumber.of("+14155550123");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T17:00:00Z"));
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final InMemoryBusinessNumbers numbers = new InMemoryBusinessNumbers();
    private final List<BusinessId> numbersRequested = new ArrayList<>();
    private final SetupService setup = new SetupService(businesses, setups, numbersRequested::add,
            new ForwardingStatuses(numbers, new InMemoryNumberProvisionings(), NumberProvisioner.NOT_CONFIGURED,
                    NumberSettings.defaults()), clock);
    private final BusinessId business = signUp("Bella Hair");

    @Test
    void aNewBusinessStartsAtStepOneWithEverythingToDo() {
        SetupStatus status = setup.status(business);

        assertThat(status.steps()).extracting(StepStatus::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(status.steps()).noneMatch(StepStatus::saved).noneMatch(StepStatus::complete);
        assertThat(status.nextStep()).contains(1);
        assertThat(status.canFinalize()).isFalse();
        assertThat(status.live()).isFalse();
        assertThat(missing(status)).containsExactly("step1", "step1.phone", "step2", "step3", "step4", "step5",
                "step5.notificationEmail");
    }

    @Test
    void stepsCanBeSavedInAnyOrderAndFinalizingPutsTheAgentLive() {
        assertThat(setup.save(business, messageSettings()).nextStep()).contains(1);
        assertThat(setup.save(business, faqs()).completedSteps()).isEqualTo(2);
        setup.save(business, hours("TAKE_MESSAGE"));
        setup.save(business, greeting("Mia"));
        SetupStatus allSaved = setup.save(business, businessInfo(LOS_ANGELES));

        assertThat(allSaved.steps()).allMatch(StepStatus::complete);
        assertThat(allSaved.nextStep()).isEmpty();
        assertThat(allSaved.canFinalize()).isTrue();
        assertThat(allSaved.live()).isFalse();

        SetupStatus live = setup.finalizeSetup(business);

        assertThat(live.live()).isTrue();
        assertThat(live.finalizedAt()).contains(clock.instant());
        assertThat(setup.configuration(business).live()).isTrue();
    }

    @Test
    void finalizingAsksForTheBusinessNumberEveryTimeAndSavingAStepNever() {
        completeAllSteps();
        assertThat(numbersRequested).isEmpty();

        setup.finalizeSetup(business);
        setup.finalizeSetup(business);

        assertThat(numbersRequested).as("asking again is how a failed number is retried")
                .containsExactly(business, business);
    }

    @Test
    void theStatusTellsWhereTheNumberToForwardToStands() {
        SetupStatus notConfigured = setup.status(business);
        assertThat(notConfigured.forwarding().state()).isEqualTo(ForwardingState.NOT_CONFIGURED);
        assertThat(notConfigured.forwarding().number()).isEmpty();
        assertThat(notConfigured.forwarding().instructions()).contains("not configured");

        completeAllSteps();
        PhoneNumber assigned = PhoneNumber.of("+13125550100");
        numbers.assign(business, assigned, clock.instant());
        SetupStatus live = setup.finalizeSetup(business);

        assertThat(live.forwarding().state()).isEqualTo(ForwardingState.READY);
        assertThat(live.forwarding().number()).contains(assigned);
        assertThat(live.forwarding().instructions()).contains(PHONE.e164()).contains(assigned.e164());
        assertThat(setup.status(signUp("Other Shop")).forwarding().number()).as("another business's number").isEmpty();
    }

    @Test
    void finalizingTwiceKeepsTheFirstMomentAndWritesNothing() {
        completeAllSteps();
        Instant first = clock.instant();
        setup.finalizeSetup(business);
        long version = stored().version();
        clock.advance(Duration.ofHours(1));

        assertThat(setup.finalizeSetup(business).finalizedAt()).contains(first);
        assertThat(stored().version()).isEqualTo(version);
    }

    @Test
    void finalizingAnIncompleteSetupListsWhatIsMissingPerStepAndChangesNothing() {
        setup.save(business, greeting("Mia"));
        setup.save(business, MessageSettingsCommand.of(List.of("REASON"), null, null, null, null, null));

        assertFields(() -> setup.finalizeSetup(business),
                "step1", "step1.phone", "step3", "step4", "step5.notificationEmail");
        assertThat(setup.status(business).live()).isFalse();
        assertThat(numbersRequested).isEmpty();
    }

    @Test
    void savingTheSameAnswersAgainChangesNothing() {
        setup.save(business, businessInfo(LOS_ANGELES));
        setup.save(business, hours("TAKE_MESSAGE"));
        AgentSetup before = stored();
        Business businessBefore = businesses.findById(business).orElseThrow();

        SetupStatus again = setup.save(business, hours("TAKE_MESSAGE"));
        setup.save(business, businessInfo(LOS_ANGELES));

        assertThat(stored()).isEqualTo(before);
        assertThat(businesses.findById(business)).contains(businessBefore);
        assertThat(again.steps().get(2).complete()).isTrue();
    }

    @Test
    void changingTheTimeZoneMovesTheHoursAndKeepsTheHoursStepComplete() {
        setup.save(business, hours("TAKE_MESSAGE"));

        SetupStatus status = setup.save(business, businessInfo(LOS_ANGELES));

        assertThat(stored().profile().hours().zone()).isEqualTo(LOS_ANGELES);
        assertThat(stored().profile().hours().intervalsOn(DayOfWeek.MONDAY)).hasSize(1);
        assertThat(businesses.findById(business).orElseThrow().timeZone()).isEqualTo(LOS_ANGELES);
        assertThat(status.steps().get(2).complete()).isTrue();
    }

    @Test
    void hoursGivenInAnotherZoneMoveTheBusinessToIt() {
        setup.save(business, HoursCommand.of("Europe/Berlin", Map.of(DayOfWeek.MONDAY, List.of(new Opening("08:00", "16:00"))),
                List.of(), "TAKE_MESSAGE"));

        assertThat(businesses.findById(business).orElseThrow().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(stored().profile().hours().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(setup.status(business).steps().get(2).complete()).isTrue();
    }

    @Test
    void theBusinessPhoneBecomesTheTransferNumberWhenThereIsNone() {
        setup.save(business, businessInfo(LOS_ANGELES));

        assertThat(stored().profile().transferRules().number()).contains(PHONE);
        assertThat(stored().profile().transferRules().availability()).isEqualTo(TransferAvailability.NEVER);
    }

    @Test
    void theDefaultGreetingFollowsTheBusinessNameButAnOwnersOwnGreetingStays() {
        setup.save(business, BusinessInfoCommand.of("Bella & Co", PHONE, "America/New_York", null, null));
        assertThat(stored().profile().greeting()).isEqualTo(AgentProfile.defaultGreeting("Bella & Co", "Ava"));

        setup.save(business, greeting("Mia"));
        setup.save(business, BusinessInfoCommand.of("Bella Hair Studio", PHONE, "America/New_York", null, null));
        assertThat(stored().profile().greeting()).isEqualTo("Hi, Mia at Bella Hair. How can I help?");
    }

    @Test
    void anAfterHoursTransferNeedsATransferNumberNamedInTheStepThatAsks() {
        assertFields(() -> setup.save(business, hours("TRANSFER")), "afterHours");

        setup.save(business, businessInfo(LOS_ANGELES));
        setup.save(business, hours("TRANSFER"));

        assertThat(stored().profile().afterHoursAction()).isEqualTo(AfterHoursAction.TRANSFER);
        assertFields(() -> setup.save(business, MessageSettingsCommand.of(List.of("REASON"), "o@shop.example", null,
                null, null, null)), "transferNumber");
    }

    @Test
    void theAgentConfigurationCarriesTheInstructionsTheCallWillGet() {
        completeAllSteps();

        AgentConfiguration configuration = setup.configuration(business);

        assertThat(configuration.profile().agentName()).isEqualTo("Mia");
        assertThat(configuration.instructionsPreview()).isEqualTo(
                AgentInstructions.build(configuration.business(), configuration.profile(), clock.instant()));
    }

    @Test
    void replacingTheWholeConfigurationSavesStepsTwoToFive() {
        ConfigureAgentCommand everything = ConfigureAgentCommand.replacing(greeting("Theo"), hours("TAKE_MESSAGE"),
                faqs(), messageSettings());

        AgentConfiguration configured = setup.configure(business, everything);

        assertThat(configured.profile().agentName()).isEqualTo("Theo");
        assertThat(configured.profile().faqs()).hasSize(1);
        assertThat(missing(setup.status(business))).containsExactly("step1", "step1.phone");
    }

    @Test
    void aPartialChangeLeavesTheRestAlone() {
        completeAllSteps();
        AgentSetup before = stored();

        setup.configure(business, new ConfigureAgentCommand(null, null, Optional.of("sage"), null, null, null, null, null));

        assertThat(stored().profile()).isEqualTo(before.profile().withVoice("sage"));
    }

    @Test
    void anAgentChangeNamesCrossFieldProblemsInItsOwnTerms() {
        ConfigureAgentCommand transferWithoutNumber = new ConfigureAgentCommand(null, null, null, null, null,
                Optional.of(hours("TRANSFER")), null, null);

        assertFields(() -> setup.configure(business, transferWithoutNumber), "hours.afterHours");
        assertFields(() -> setup.configure(business, ConfigureAgentCommand.replacing(greeting("Theo"), hours("TRANSFER"),
                faqs(), messageSettings())), "hours.afterHours");
    }

    @Test
    void anAfterHoursTransferAndItsNumberCanArriveTogether() {
        ConfigureAgentCommand both = ConfigureAgentCommand.replacing(greeting("Theo"), hours("TRANSFER"), faqs(),
                MessageSettingsCommand.of(List.of("REASON"), "o@shop.example", null, PHONE, "NEVER", null));

        assertThat(setup.configure(business, both).profile().afterHoursAction()).isEqualTo(AfterHoursAction.TRANSFER);
    }

    @Test
    void oneOwnersChangesNeverReachAnotherBusiness() {
        BusinessId other = signUp("Other Shop");
        AgentSetup othersBefore = setups.findByBusiness(other).orElseThrow();

        completeAllSteps();
        setup.finalizeSetup(business);

        assertThat(setups.findByBusiness(other)).contains(othersBefore);
        assertThat(setup.status(other).live()).isFalse();
        assertThat(businesses.findById(other).orElseThrow().phone()).isEmpty();
    }

    @Test
    void anUnknownBusinessIsNotFound() {
        assertThatThrownBy(() -> setup.status(BusinessId.newId())).isInstanceOf(NotFoundException.class);
    }

    private void completeAllSteps() {
        setup.save(business, businessInfo(LOS_ANGELES));
        setup.save(business, greeting("Mia"));
        setup.save(business, hours("TAKE_MESSAGE"));
        setup.save(business, faqs());
        setup.save(business, messageSettings());
    }

    private static BusinessInfoCommand businessInfo(ZoneId zone) {
        return BusinessInfoCommand.of("Bella Hair", PHONE, zone.getId(), "Hair salon", "12 Main Street");
    }

    private static GreetingAndVoiceCommand greeting(String agentName) {
        return new GreetingAndVoiceCommand(agentName, "Hi, " + agentName + " at Bella Hair. How can I help?", "coral",
                "en-US", "Be brief.");
    }

    private static HoursCommand hours(String afterHours) {
        return HoursCommand.of(null, Map.of(DayOfWeek.MONDAY, List.of(new Opening("09:00", "17:00")),
                DayOfWeek.SATURDAY, List.of(new Opening("22:00", "02:00"))), List.of(), afterHours);
    }

    private static FaqsCommand faqs() {
        return FaqsCommand.of(List.of(new FaqsCommand.Entry("Do you have parking?", "Yes, behind the shop.")));
    }

    private static MessageSettingsCommand messageSettings() {
        return MessageSettingsCommand.of(List.of("CALLER_NAME", "CALLBACK_NUMBER", "REASON"), "owner@bella.example",
                null, null, null, List.of("emergency"));
    }

    private BusinessId signUp(String name) {
        Business signedUp = Business.signedUp(BusinessId.newId(), name, clock.instant());
        businesses.add(signedUp);
        new DefaultAgentSetup(setups.profiles()).prepare(signedUp, clock.instant());
        return signedUp.id();
    }

    private AgentSetup stored() {
        return setups.findByBusiness(business).orElseThrow();
    }

    private static List<String> missing(SetupStatus status) {
        return status.steps().stream().flatMap(step -> step.missing().stream()).map(FieldError::field).toList();
    }

    private static void assertFields(ThrowingCallable action, String... fields) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidCommandException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }
}
