package ai.tavari.application.service.call.live;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessNumbers;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.application.fakes.InMemoryUsageLedger;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.port.in.billing.BusinessSubscription;
import ai.tavari.application.port.in.call.CallDecision;
import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.service.auth.DefaultAgentSetup;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallAdmissionsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    private static final PhoneNumber TAVARI_NUMBER = PhoneNumber.of("+13125550100");
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19_900, "USD"), 100, 2, false,
            Optional.empty(), 0);

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryBusinessNumbers numbers = new InMemoryBusinessNumbers();
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryUsageLedger usage = new InMemoryUsageLedger(calls);
    private final Map<BusinessId, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final MediaTokens tokens = new MediaTokens(new HmacTestSigner(), new InMemoryProcessedEvents());
    private final AtomicInteger eventIds = new AtomicInteger();
    private CallAdmissions admissions;
    private Business business;

    @BeforeEach
    void setUp() {
        PlanCatalog plans = new PlanCatalog() {
            @Override
            public List<Plan> plans() {
                return List.of(STARTER);
            }

            @Override
            public Plan defaultPlan() {
                return STARTER;
            }
        };
        admissions = new CallAdmissions(new InMemoryProcessedEvents(), numbers, businesses, setups,
                (businessId, now) -> new BusinessSubscription(subscriptions.getOrDefault(businessId,
                        Subscription.active("starter", new UsagePeriod(T0.minusSeconds(86_400), T0.plusSeconds(86_400 * 29L)))),
                        Duration.ofDays(3)),
                plans, usage, calls, tokens, LiveCallSettings.defaults(), clock);
        business = liveBusiness(TAVARI_NUMBER);
    }

    private Business liveBusiness(PhoneNumber number) {
        Business created = Business.signedUp(BusinessId.newId(), "Bella Dental", T0.minusSeconds(86_400))
                .withInfo("Bella Dental", PhoneNumber.of("+14155550123"), ZoneId.of("America/New_York"), "dentist", "");
        businesses.add(created);
        new DefaultAgentSetup(setups.profiles()).prepare(created, T0.minusSeconds(86_400));
        AgentSetup setup = setups.findByBusiness(created.id()).orElseThrow();
        setups.save(setup.with(setup.profile(), EnumSet.allOf(SetupStep.class), Optional.of(T0.minusSeconds(3600))));
        numbers.assign(created.id(), number, T0);
        return created;
    }

    private CallAdmissions.Admission incoming(String to) {
        return admissions.admit(command(to), true);
    }

    private IncomingCallCommand command(String to) {
        int n = eventIds.incrementAndGet();
        return new IncomingCallCommand("session-" + n, "vox-call-" + n, "+12125550199", to, clock.instant());
    }

    private CallSession storedCall(CallId id) {
        return calls.findById(business.id(), id).orElseThrow();
    }

    @Test
    void connectsAnAllowedCallWithAMediaTokenForItAndTheAgentReady() {
        CallAdmissions.Admission admission = incoming("+1 (312) 555-0100");

        CallDecision.Connect connect = (CallDecision.Connect) admission.decision();
        assertThat(connect.maxDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(storedCall(connect.callId()).state()).isEqualTo(CallState.AUTHORIZED);
        assertThat(tokens.claim(connect.mediaToken(), clock.instant()))
                .contains(new MediaTokens.ClaimedCall(connect.callId(), business.id()));
        CallAdmissions.LiveStart live = admission.live().orElseThrow();
        assertThat(live.call().id()).isEqualTo(connect.callId());
        assertThat(live.instructions()).contains("Bella Dental");
    }

    @Test
    void aNumberWithoutABusinessIsRejectedWithoutACallRecord() {
        CallDecision decision = incoming("+13125550999").decision();

        assertThat(decision).isEqualTo(new CallDecision.Reject(Optional.empty(),
                "Sorry, the number you have called is not in service. Goodbye."));
        assertThat(calls.size()).isZero();
    }

    @Test
    void aRepeatedEventChangesNothing() {
        IncomingCallCommand command = command("+13125550100");
        admissions.admit(command, true);

        assertThat(admissions.admit(command, true).decision()).isInstanceOf(CallDecision.Duplicate.class);
        assertThat(calls.size()).isEqualTo(1);
    }

    @Test
    void withoutATalkingAgentAnAllowedCallGoesToVoicemail() {
        CallDecision decision = admissions.admit(command("+13125550100"), false).decision();

        assertThat(decision).isInstanceOf(CallDecision.Voicemail.class);
        assertThat(((CallDecision.Voicemail) decision).prompt()).contains("Bella Dental");
    }

    @Test
    void theConcurrentCallCapOfThePlanDeniesTheThirdCallWithItsReason() {
        incoming("+13125550100");
        incoming("+13125550100");

        CallDecision decision = incoming("+13125550100").decision();

        CallDecision.Voicemail voicemail = (CallDecision.Voicemail) decision;
        CallSession denied = storedCall(voicemail.callId());
        assertThat(denied.outcome()).contains(Outcome.REJECTED);
        assertThat(denied.rejectionReason()).contains(DenyReason.CONCURRENT_CALL_LIMIT);
    }

    @Test
    void aCanceledSubscriptionSendsCallsToVoicemailWithoutAnAgent() {
        subscriptions.put(business.id(), Subscription.active("starter",
                new UsagePeriod(T0.minusSeconds(86_400 * 40L), T0.minusSeconds(86_400 * 10L))).withStatus(
                ai.tavari.domain.billing.SubscriptionStatus.CANCELED, Optional.empty()));

        CallAdmissions.Admission admission = incoming("+13125550100");

        assertThat(admission.decision()).isInstanceOf(CallDecision.Voicemail.class);
        assertThat(admission.live()).isEmpty();
        assertThat(storedCall(((CallDecision.Voicemail) admission.decision()).callId()).rejectionReason())
                .hasValueSatisfying(reason -> assertThat(reason).isIn(DenyReason.SUBSCRIPTION_ENDED,
                        DenyReason.SUBSCRIPTION_INACTIVE));
    }

    @Test
    void anUnfinishedSetupForwardsToTheOwnersLine() {
        Business unfinished = Business.signedUp(BusinessId.newId(), "New Shop", T0)
                .withInfo("New Shop", PhoneNumber.of("+14155550188"), ZoneId.of("UTC"), "retail", "");
        businesses.add(unfinished);
        new DefaultAgentSetup(setups.profiles()).prepare(unfinished, T0);
        numbers.assign(unfinished.id(), PhoneNumber.of("+13125550111"), T0);

        CallDecision decision = incoming("+13125550111").decision();

        assertThat(decision).isInstanceOf(CallDecision.Forward.class);
        assertThat(((CallDecision.Forward) decision).to()).isEqualTo(PhoneNumber.of("+14155550188"));
    }

    @Test
    void readsDialledNumbersWithOrWithoutPlusAndSeparators() {
        assertThat(CallAdmissions.dialledNumber("13125550100")).contains(TAVARI_NUMBER);
        assertThat(CallAdmissions.dialledNumber("+1 312-555.0100")).contains(TAVARI_NUMBER);
        assertThat(CallAdmissions.dialledNumber("sip:bob@example.com")).isEmpty();
    }
}
