package ai.tavari.application.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.fakes.InMemoryMessageRepository;
import ai.tavari.application.fakes.InMemoryUsageLedger;
import ai.tavari.application.fakes.InMemoryUserRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.ReversiblePasswordHasher;
import ai.tavari.application.port.in.auth.SignUpCommand;
import ai.tavari.application.port.in.demo.DemoAccount;
import ai.tavari.application.port.in.demo.DemoLoad;
import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.domain.agent.SetupProgress;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T15:30:00Z"));
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final AgentProfileRepository agents = setups.profiles();
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryMessageRepository messages = new InMemoryMessageRepository(calls);
    private final InMemoryUsageLedger usage = new InMemoryUsageLedger(calls);
    private final ReversiblePasswordHasher hasher = new ReversiblePasswordHasher();
    private final DemoDataService demo = new DemoDataService(businesses, users, agents, setups, calls, messages, usage, hasher, clock);

    @Test
    void createsTheDemoBusinessItsOwnerAndACompleteAgent() {
        DemoLoad load = demo.load();

        assertThat(load.created()).isTrue();
        Business business = businesses.findById(load.businessId()).orElseThrow();
        assertThat(business.name()).isEqualTo("Bella Hair Studio (demo)").contains("demo");
        User owner = users.findByEmail(EmailAddress.of(DemoAccount.EMAIL)).orElseThrow();
        assertThat(owner.businessId()).isEqualTo(business.id());
        assertThat(hasher.matches(DemoAccount.PASSWORD, owner.passwordHash())).isTrue();
        AgentSetup setup = setups.findByBusiness(business.id()).orElseThrow();
        assertThat(setup.profile().faqs()).hasSize(5);
        assertThat(setup.savedSteps()).containsExactlyInAnyOrder(SetupStep.values());
        assertThat(setup.finalizedAt()).hasValueSatisfying(at -> assertThat(at).isBefore(clock.instant()));
        SetupProgress progress = SetupProgress.evaluate(business, setup.profile(), setup.savedSteps(), setup.finalizedAt());
        assertThat(progress.canFinalize()).as(progress.missingItems().toString()).isTrue();
        assertThat(progress.isFinalized()).isTrue();
    }

    @Test
    void theDemoPasswordPassesThePasswordPolicy() {
        assertThat(SignUpCommand.of(DemoAccount.EMAIL, DemoAccount.PASSWORD, DemoAccount.BUSINESS_NAME).password())
                .isEqualTo(DemoAccount.PASSWORD);
    }

    @Test
    void loadsAboutThirtyCallsOfEveryOutcomeAndIntentInThePast() {
        DemoLoad load = demo.load();

        List<CallSummary> all = calls.list(load.businessId(), CallQuery.newest().withLimit(100)).items();
        assertThat(all).hasSize(30).hasSize(load.calls());
        assertThat(all.stream().map(c -> c.outcome().orElseThrow()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Outcome.values());
        assertThat(all.stream().flatMap(c -> c.intent().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Intent.values());
        assertThat(all).allSatisfy(call -> {
            assertThat(call.endedAt().orElseThrow()).isBefore(clock.instant());
            assertThat(call.startedAt()).isAfter(clock.instant().minus(Duration.ofDays(40)));
            assertThat(call.summary()).isPresent();
        });
        CallSession answered = calls.findById(load.businessId(), all.get(0).id()).orElseThrow();
        assertThat(answered.transcript()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answered.cost()).isPresent();
    }

    @Test
    void messagesAreLinkedToTheirCallsSomeUrgentSomeRead() {
        DemoLoad load = demo.load();

        List<Message> all = messages.list(load.businessId(), MessageQuery.newest().withLimit(100)).items();
        assertThat(all).hasSize(11).hasSize(load.messages());
        assertThat(all).filteredOn(Message::isUrgent).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).filteredOn(Message::isRead).hasSizeGreaterThanOrEqualTo(5);
        assertThat(messages.countUnread(load.businessId())).isEqualTo(3);
        assertThat(all.stream().map(Message::urgency).collect(Collectors.toSet())).containsExactlyInAnyOrder(Urgency.values());
        for (Message message : all) {
            CallSession call = calls.findById(load.businessId(), message.callId().orElseThrow()).orElseThrow();
            assertThat(call.linkedMessageId()).contains(message.id());
            message.readAt().ifPresent(readAt -> assertThat(readAt).isBefore(clock.instant()));
        }
    }

    @Test
    void metersTheMinutesOfEveryAnsweredCall() {
        DemoLoad load = demo.load();

        List<CallSummary> all = calls.list(load.businessId(), CallQuery.newest().withLimit(100)).items();
        long expected = all.stream().mapToLong(CallSummary::billableMinutes).sum();
        UsagePeriod everything = UsagePeriod.of(clock.instant().minus(Duration.ofDays(60)), clock.instant());
        assertThat(usage.minutesUsed(load.businessId(), everything)).isEqualTo(expected).isPositive();
    }

    @Test
    void loadingAgainChangesNothing() {
        DemoLoad first = demo.load();
        clock.advance(Duration.ofDays(3));

        DemoLoad second = demo.load();

        assertThat(second.created()).isFalse();
        assertThat(second.businessId()).isEqualTo(first.businessId());
        assertThat(businesses.size()).isEqualTo(1);
        assertThat(users.size()).isEqualTo(1);
        assertThat(calls.size()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-08T06:30:00Z", "2026-11-01T04:10:00Z", "2026-01-01T05:00:00Z", "2026-06-30T23:59:00Z"})
    void worksWheneverItRuns(String now) {
        MutableClock at = new MutableClock(Instant.parse(now));
        DemoDataService loader = new DemoDataService(businesses, users, agents, setups, calls, messages, usage, hasher, at);

        DemoLoad load = loader.load();

        assertThat(calls.list(load.businessId(), CallQuery.newest().withLimit(100)).items())
                .allSatisfy(call -> assertThat(call.endedAt().orElseThrow()).isBefore(at.instant()));
    }
}
