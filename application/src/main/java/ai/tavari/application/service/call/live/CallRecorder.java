package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.application.service.notification.MessageAlerts;
import ai.tavari.application.service.notification.UsageAlerts;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.IntentClassifier;
import ai.tavari.domain.message.Message;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a live call's progress, each step in its own transaction, so that what was said and
 * taken survives a crash later in the call.
 */
@Singleton
@Transactional
public class CallRecorder {
    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());

    private final CallSessionRepository calls;
    private final MessageRepository messages;
    private final UsageLedger usage;
    private final OverageReports overage;
    private final MessageAlerts messageAlerts;
    private final UsageAlerts usageAlerts;

    @Inject
    public CallRecorder(CallSessionRepository calls, MessageRepository messages, UsageLedger usage,
                        OverageReports overage, MessageAlerts messageAlerts, UsageAlerts usageAlerts) {
        this.calls = calls;
        this.messages = messages;
        this.usage = usage;
        this.overage = overage;
        this.messageAlerts = messageAlerts;
        this.usageAlerts = usageAlerts;
    }

    public void add(CallSession call) {
        calls.add(call);
    }

    /** Saves the call's facts; a copy changed elsewhere (the call ended on another path) wins. */
    public void save(CallSession call) {
        try {
            calls.update(call);
        } catch (StaleDataException e) {
            LOG.log(Level.INFO, "call {0} changed elsewhere; its live copy is not saved", call.id());
        }
    }

    /**
     * Stores the message, links it to the call and puts the owner's notifications in the outbox,
     * all together: a stored message is never left untold, nor a message told that was not stored.
     */
    public void saveMessage(CallSession call, Message message, Business business, MessageSettings settings) {
        messages.add(message);
        call.linkMessage(message.id());
        calls.update(call);
        messageAlerts.newMessage(business, settings, message);
    }

    /**
     * Stores the end of the call with its intent, summary and cost, and meters its minutes (at most
     * once per call, whoever reports the end).
     */
    public void finish(CallSession call, Collection<String> toolsUsed, CallPrices prices,
                       CallPrices.TokenTotals tokens, Instant at) {
        long seconds = call.duration().toSeconds();
        call.recordIntent(IntentClassifier.classify(toolsUsed, call.transcript()));
        call.recordSummary(CallSummaries.summarize(call));
        call.recordCost(prices.cost(tokens, call.answeredAt().isPresent() ? seconds : 0));
        calls.update(call);
        meter(call, at);
    }

    /** Replaces the call's summary with a better one written after the call; a copy changed elsewhere wins. */
    public void replaceSummary(CallSession call, String summary) {
        call.recordSummary(summary);
        save(call);
    }

    /** Meters an ended call's minutes unless they already were, and warns the owner as the plan's minutes run out. */
    public void meter(CallSession call, Instant at) {
        int billable = (int) call.billableMinutes();
        int seconds = (int) Math.min(Integer.MAX_VALUE, call.duration().toSeconds());
        if (billable == 0 && seconds == 0) {
            return;
        }
        if (usage.record(call.businessId(), call.id(), billable, seconds, at)) {
            usageAlerts.minutesMetered(call.businessId());
            overage.reportLater(call.businessId(), call.id());
        }
    }
}
