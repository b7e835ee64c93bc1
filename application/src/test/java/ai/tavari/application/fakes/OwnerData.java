package ai.tavari.application.fakes;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.business.BusinessStatus;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Businesses, ended calls and messages as the owner API's tests need them, stored in the in-memory fakes. */
public final class OwnerData {
    public final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    public final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    public final InMemoryMessageRepository messages = new InMemoryMessageRepository(calls);
    public final InMemoryUsageLedger usage = new InMemoryUsageLedger(calls);
    public final InMemoryCallRecordings recordings = new InMemoryCallRecordings(calls);

    public Business business(String name, ZoneId zone) {
        Business business = new Business(BusinessId.newId(), name, Optional.empty(), zone, Optional.empty(),
                Optional.empty(), BusinessStatus.ACTIVE, Instant.parse("2026-01-01T00:00:00Z"));
        businesses.add(business);
        return business;
    }

    /** An answered call that started at {@code start}, talked for {@code seconds} and ended with {@code outcome}. */
    public CallSession endedCall(BusinessId businessId, Instant start, int seconds, Outcome outcome, Intent intent) {
        CallSession call = CallSession.ring(CallId.newId(), businessId, "+14155550123", "+14155550100", Optional.empty(), start);
        call.authorize(start, Duration.ofMinutes(30));
        call.startConversation(start);
        call.addTurn(Speaker.CALLER, "Hello, are you open?", start.plusSeconds(1));
        call.addTurn(Speaker.AGENT, "Yes, until five.", start.plusSeconds(2));
        call.recordIntent(intent);
        call.recordSummary("Asked about hours.");
        call.end(outcome, start.plusSeconds(seconds));
        calls.add(call);
        return call;
    }

    /** Meters the call's minutes at its end, as the call pipeline does. */
    public void meter(CallSession call) {
        usage.record(call.businessId(), call.id(), Math.toIntExact(call.billableMinutes()),
                Math.toIntExact(call.duration().getSeconds()), call.endedAt().orElseThrow());
    }

    /** An ended call with a message taken on it, linked both ways. */
    public Message callWithMessage(BusinessId businessId, Instant start, Urgency urgency) {
        CallSession call = CallSession.ring(CallId.newId(), businessId, "+14155550124", "+14155550100", Optional.empty(), start);
        call.authorize(start, Duration.ofMinutes(30));
        call.startConversation(start);
        Message message = Message.take(MessageId.newId(), businessId, Optional.of(call.id()), "Dana", "+1 415 555 0124",
                null, "Please call back", urgency, start.plusSeconds(30));
        call.linkMessage(message.id());
        call.recordIntent(Intent.MESSAGE);
        call.end(Outcome.MESSAGE_TAKEN, start.plusSeconds(60));
        calls.add(call);
        messages.add(message);
        return message;
    }

    public Message message(BusinessId businessId, Instant at, Urgency urgency) {
        Message message = Message.take(MessageId.newId(), businessId, Optional.empty(), "Sam", "+1 415 555 0199",
                null, "Call me", urgency, at);
        messages.add(message);
        return message;
    }
}
