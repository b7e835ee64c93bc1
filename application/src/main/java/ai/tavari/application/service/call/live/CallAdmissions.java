package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.billing.BusinessSubscription;
import ai.tavari.application.port.in.billing.GetBusinessSubscription;
import ai.tavari.application.port.in.call.CallDecision;
import ai.tavari.application.port.in.call.IncomingCallCommand;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.ProcessedEvents;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.domain.agent.AgentInstructions;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.billing.CallAuthorizationRequest;
import ai.tavari.domain.billing.UsageDecision;
import ai.tavari.domain.billing.UsagePolicy;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The transactional half of an incoming call's decision: the event is marked seen, the policy is
 * checked with the business's admission lock held (so the concurrent-call cap holds on every
 * server), and the call is stored with its decision, all in one transaction.
 */
@Singleton
@Transactional
public class CallAdmissions {
    static final String EVENT_SOURCE = "voximplant";

    private final ProcessedEvents events;
    private final BusinessNumbers numbers;
    private final BusinessRepository businesses;
    private final AgentSetupRepository setups;
    private final GetBusinessSubscription subscriptions;
    private final PlanCatalog plans;
    private final UsageLedger usage;
    private final CallSessionRepository calls;
    private final MediaTokens tokens;
    private final LiveCallSettings settings;
    private final Clock clock;

    @Inject
    public CallAdmissions(ProcessedEvents events, BusinessNumbers numbers, BusinessRepository businesses,
                          AgentSetupRepository setups, GetBusinessSubscription subscriptions, PlanCatalog plans,
                          UsageLedger usage, CallSessionRepository calls, MediaTokens tokens,
                          LiveCallSettings settings, Clock clock) {
        this.events = events;
        this.numbers = numbers;
        this.businesses = businesses;
        this.setups = setups;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.usage = usage;
        this.calls = calls;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param agentCanTalk whether a speech engine is configured; without one, allowed calls go to voicemail */
    public Admission admit(IncomingCallCommand command, boolean agentCanTalk) {
        Instant now = clock.instant();
        if (!events.markProcessed(EVENT_SOURCE, command.eventId(), now)) {
            return Admission.of(new CallDecision.Duplicate());
        }
        Optional<Business> business = dialledNumber(command.to())
                .flatMap(numbers::businessFor)
                .flatMap(businesses::findById);
        if (business.isEmpty()) {
            return Admission.of(new CallDecision.Reject(Optional.empty(),
                    "Sorry, the number you have called is not in service. Goodbye."));
        }
        BusinessId businessId = business.get().id();
        Optional<AgentSetup> setup = setups.findByBusiness(businessId);
        BusinessSubscription subscription = subscriptions.subscriptionOf(businessId, now);
        long minutesUsed = usage.minutesUsed(businessId, subscription.subscription().currentPeriod());
        long active = calls.countActiveForAdmission(businessId);
        UsageDecision decision = UsagePolicy.standard().decide(new CallAuthorizationRequest(business.get(),
                Optional.of(subscription.subscription()), plans.find(subscription.subscription().planCode()),
                setup.map(AgentSetup::isFinalized).orElse(false), minutesUsed, (int) Math.min(active, Integer.MAX_VALUE),
                now, subscription.pastDueGrace()));

        CallSession call = CallSession.ring(CallId.newId(), businessId, command.from(), command.to(),
                Optional.of(command.externalCallId()), now);
        if (decision instanceof UsageDecision.Deny deny) {
            call.reject(deny.reason(), now);
            calls.add(call);
            return Admission.of(fallback(deny, call, business.get()));
        }
        UsageDecision.Allow allow = (UsageDecision.Allow) decision;
        call.authorize(now, allow.maxCallDuration());
        calls.add(call);
        if (!agentCanTalk) {
            return Admission.of(new CallDecision.Voicemail(call.id(), voicemailPrompt(business.get()),
                    settings.maxVoicemail()));
        }
        AgentProfile profile = setup.orElseThrow().profile();
        String token = tokens.issue(new MediaTokens.ClaimedCall(call.id(), businessId),
                now.plus(settings.mediaTokenLifetime()));
        return new Admission(new CallDecision.Connect(call.id(), token, allow.maxCallDuration()),
                Optional.of(new LiveStart(call, business.get(), profile,
                        AgentInstructions.build(business.get(), profile, now))));
    }

    private CallDecision fallback(UsageDecision.Deny deny, CallSession call, Business business) {
        return switch (deny.fallback()) {
            case FORWARD -> business.phone()
                    .<CallDecision>map(phone -> new CallDecision.Forward(call.id(), phone))
                    .orElseGet(() -> new CallDecision.Voicemail(call.id(), voicemailPrompt(business), settings.maxVoicemail()));
            case VOICEMAIL -> new CallDecision.Voicemail(call.id(), voicemailPrompt(business), settings.maxVoicemail());
            case REJECT -> new CallDecision.Reject(Optional.of(call.id()),
                    "Sorry, " + business.name() + " can't take calls on this line right now. Goodbye.");
        };
    }

    static String voicemailPrompt(Business business) {
        return "Thanks for calling " + business.name() + ". We can't take your call right now. Please leave your"
                + " name, number and a short message after the tone, and we'll get back to you.";
    }

    /** The dialled number in E.164; providers send it with or without the plus and with separators. */
    static Optional<PhoneNumber> dialledNumber(String dialled) {
        String digits = dialled.replaceAll("[\\s().-]", "");
        if (!digits.startsWith("+")) {
            digits = "+" + digits;
        }
        try {
            return Optional.of(PhoneNumber.of(digits));
        } catch (DomainValidationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The decision, and what the conversation needs when the call is to be connected. */
    public record Admission(CallDecision decision, Optional<LiveStart> live) {
        static Admission of(CallDecision decision) {
            return new Admission(decision, Optional.empty());
        }
    }

    /** A connected call's first facts: the stored call object (keep using it), its business and agent. */
    public record LiveStart(CallSession call, Business business, AgentProfile profile, String instructions) {
    }
}
