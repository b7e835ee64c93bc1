package ai.tavari.application.service.demo;

import ai.tavari.application.port.in.demo.DemoAccount;
import ai.tavari.application.port.in.demo.DemoLoad;
import ai.tavari.application.port.in.demo.LoadDemoData;
import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.PasswordHasher;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.application.service.demo.DemoScript.Conversation;
import ai.tavari.application.service.demo.DemoScript.MessageScript;
import ai.tavari.application.service.demo.DemoScript.ScheduledCall;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.SetupProgress;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CostBreakdown;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the demo business in one transaction through the ordinary ports, so the dashboard shows it
 * exactly as it would show real calls. Whether it exists is decided by the demo owner's e-mail,
 * which the database keeps unique: two servers starting at once create it once (the second one's
 * transaction fails on the e-mail and rolls back).
 */
@Singleton
@Transactional
public class DemoDataService implements LoadDemoData {
    private static final EmailAddress EMAIL = EmailAddress.of(DemoAccount.EMAIL);
    /** AI and telephony cost per minute of conversation, in cents: roughly what a realtime voice call costs. */
    private static final long AI_CENTS_PER_MINUTE = 14;
    private static final long TELEPHONY_CENTS_PER_MINUTE = 2;

    private final BusinessRepository businesses;
    private final UserRepository users;
    private final AgentProfileRepository agents;
    private final AgentSetupRepository setups;
    private final CallSessionRepository calls;
    private final MessageRepository messages;
    private final UsageLedger usage;
    private final PasswordHasher passwordHasher;
    private final Clock clock;

    @Inject
    public DemoDataService(BusinessRepository businesses, UserRepository users, AgentProfileRepository agents,
                           AgentSetupRepository setups, CallSessionRepository calls, MessageRepository messages,
                           UsageLedger usage, PasswordHasher passwordHasher, Clock clock) {
        this.businesses = businesses;
        this.users = users;
        this.agents = agents;
        this.setups = setups;
        this.calls = calls;
        this.messages = messages;
        this.usage = usage;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    @Override
    public DemoLoad load() {
        Optional<User> existing = users.findByEmail(EMAIL);
        if (existing.isPresent()) {
            return new DemoLoad(existing.get().businessId(), false, 0, 0);
        }
        Instant now = clock.instant();
        Instant createdAt = now.minus(Duration.ofDays(45));
        Business business = Business.signedUp(BusinessId.newId(), DemoAccount.BUSINESS_NAME, createdAt)
                .withInfo(DemoAccount.BUSINESS_NAME, DemoScript.SALON_PHONE, DemoScript.ZONE, DemoScript.INDUSTRY,
                        DemoScript.ADDRESS);
        businesses.add(business);
        users.add(User.owner(UserId.newId(), business.id(), EMAIL, passwordHasher.hash(DemoAccount.PASSWORD), createdAt));
        finishSetup(business, createdAt.plus(Duration.ofHours(1)));

        int messageCount = 0;
        for (ScheduledCall scheduled : DemoScript.CALLS) {
            if (addCall(business, scheduled, now)) {
                messageCount++;
            }
        }
        return new DemoLoad(business.id(), true, DemoScript.CALLS.size(), messageCount);
    }

    /** The agent as the owner left it after walking every step of the wizard and going live. */
    private void finishSetup(Business business, Instant finalizedAt) {
        AgentProfile profile = DemoScript.agent(business.id());
        agents.save(profile);
        Set<SetupStep> allSteps = EnumSet.allOf(SetupStep.class);
        SetupProgress finalized = SetupProgress.evaluate(business, profile, allSteps, Optional.empty()).finalizeAt(finalizedAt);
        AgentSetup stored = setups.findByBusiness(business.id())
                .orElseThrow(() -> new IllegalStateException("the demo agent was not stored"));
        setups.save(stored.with(profile, allSteps, finalized.finalizedAt()));
    }

    /** Stores one call, its message and its metered minutes; returns whether it left a message. */
    private boolean addCall(Business business, ScheduledCall scheduled, Instant now) {
        Conversation script = scheduled.conversation();
        Instant start = scheduled.slot().start(now, DemoScript.ZONE);
        CallSession call = CallSession.ring(CallId.newId(), business.id(), scheduled.caller().number(),
                DemoScript.TAVARI_NUMBER.e164(), Optional.empty(), start);
        if (!script.answered()) {
            call.reject(DenyReason.CONCURRENT_CALL_LIMIT, start.plusSeconds(1));
            call.recordSummary(script.summary());
            calls.add(call);
            return false;
        }
        Duration maxDuration = script.outcome() == Outcome.LIMIT_REACHED
                ? DemoScript.SHORT_MAX_DURATION : DemoScript.MAX_DURATION;
        call.authorize(start.plusSeconds(1), maxDuration);
        Instant answered = start.plusSeconds(2);
        call.startConversation(answered);
        Instant end = answered.plusSeconds(script.seconds());
        List<String> turns = script.turns();
        long step = Math.max(1, script.seconds() * 1000L / (turns.size() + 2));
        call.addTurn(Speaker.AGENT, DemoScript.GREETING, answered.plusMillis(500));
        for (int index = 0; index < turns.size(); index++) {
            Speaker speaker = index % 2 == 0 ? Speaker.CALLER : Speaker.AGENT;
            call.addTurn(speaker, personalised(turns.get(index), scheduled), answered.plusMillis(step * (index + 1)));
        }
        call.recordIntent(script.intent());
        call.recordSummary(personalised(script.summary(), scheduled));
        long minutesStarted = (script.seconds() + 59) / 60;
        call.recordCost(new CostBreakdown(Money.of(AI_CENTS_PER_MINUTE * minutesStarted, DemoScript.CURRENCY),
                Money.of(TELEPHONY_CENTS_PER_MINUTE * minutesStarted, DemoScript.CURRENCY)));
        if (script.outcome() == Outcome.TRANSFERRED) {
            call.beginTransfer(DemoScript.SALON_PHONE, end.minusSeconds(10));
        }

        Optional<Message> message = script.message().map(m -> message(business, call.id(), m, scheduled, end, now));
        message.ifPresent(m -> call.linkMessage(m.id()));
        call.end(script.outcome(), end);
        calls.add(call);
        message.ifPresent(messages::add);
        usage.record(business.id(), call.id(), Math.toIntExact(call.billableMinutes()),
                Math.toIntExact(call.duration().getSeconds()), end);
        return message.isPresent();
    }

    private static Message message(Business business, CallId callId, MessageScript script, ScheduledCall scheduled,
                                   Instant takenAt, Instant now) {
        Message message = Message.take(MessageId.newId(), business.id(), Optional.of(callId), scheduled.caller().name(),
                scheduled.caller().callbackAsGiven(), script.withEmail() ? emailOf(scheduled.caller().name()) : null,
                personalised(script.reason(), scheduled), script.urgency(), takenAt);
        Instant readAt = takenAt.plus(Duration.ofHours(2));
        return scheduled.messageRead() && readAt.isBefore(now) ? message.markRead(readAt) : message;
    }

    /** "Grace O'Neill" becomes grace.oneill@mail.example. */
    private static String emailOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip().replace(' ', '.') + "@mail.example";
    }

    private static String personalised(String text, ScheduledCall scheduled) {
        String name = scheduled.caller().name();
        return name == null ? text : text.replace("{name}", name.split(" ")[0]);
    }
}
