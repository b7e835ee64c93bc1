package ai.tavari.application.service.call;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.call.CallDetails;
import ai.tavari.application.port.in.call.CallFilter;
import ai.tavari.application.port.in.call.GetCall;
import ai.tavari.application.port.in.call.ListCalls;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallRecordings;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.Page;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/** The owner's read side of calls: the list and one call's details, always within the owner's business. */
@Singleton
@Transactional
public class CallService implements ListCalls, GetCall {
    private final CallSessionRepository calls;
    private final MessageRepository messages;
    private final CallRecordings recordings;
    private final BusinessRepository businesses;

    @Inject
    public CallService(CallSessionRepository calls, MessageRepository messages, CallRecordings recordings,
                       BusinessRepository businesses) {
        this.calls = calls;
        this.messages = messages;
        this.recordings = recordings;
        this.businesses = businesses;
    }

    @Override
    public Page<CallSummary> list(BusinessId businessId, CallFilter filter, Optional<String> cursor, int limit) {
        ZoneId zone = filter.needsZone() ? zoneOf(businessId) : Business.DEFAULT_TIME_ZONE;
        CallQuery query = new CallQuery(filter.from().map(from -> from.asStart(zone)),
                filter.to().map(to -> to.asEnd(zone)), filter.outcome(), filter.intent(), filter.hasMessage(),
                cursor, limit);
        return calls.list(businessId, query);
    }

    @Override
    public CallDetails get(BusinessId businessId, CallId callId) {
        CallSession call = calls.findById(businessId, callId).orElseThrow(() -> new NotFoundException("call"));
        Optional<Message> message = call.linkedMessageId().flatMap(id -> messages.findById(businessId, id));
        return new CallDetails(call, message, recordings.recordingUrl(businessId, callId));
    }

    private ZoneId zoneOf(BusinessId businessId) {
        return businesses.findById(businessId).map(Business::timeZone)
                .orElseThrow(() -> new IllegalStateException("authenticated business no longer exists"));
    }
}
