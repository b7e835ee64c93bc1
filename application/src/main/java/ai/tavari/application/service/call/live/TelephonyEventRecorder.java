package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.call.TelephonyEvent;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallRecordings;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.ProcessedEvents;
import ai.tavari.application.service.notification.MessageAlerts;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.MessageId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Applies a telephony event to a stored call, once, in the transaction that marks it seen. */
@Singleton
@Transactional
public class TelephonyEventRecorder {
    private final ProcessedEvents events;
    private final CallSessionRepository calls;
    private final CallRecordings recordings;
    private final MessageRepository messages;
    private final BusinessRepository businesses;
    private final AgentSetupRepository setups;
    private final CallRecorder recorder;
    private final MessageAlerts alerts;
    private final LiveCallSettings settings;
    private final Clock clock;

    @Inject
    public TelephonyEventRecorder(ProcessedEvents events, CallSessionRepository calls, CallRecordings recordings,
                                  MessageRepository messages, BusinessRepository businesses,
                                  AgentSetupRepository setups, CallRecorder recorder, MessageAlerts alerts,
                                  LiveCallSettings settings, Clock clock) {
        this.events = events;
        this.calls = calls;
        this.recordings = recordings;
        this.messages = messages;
        this.businesses = businesses;
        this.setups = setups;
        this.recorder = recorder;
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Marks the event seen (for a call the live conversation handles); false for a repeat. */
    public boolean markSeen(TelephonyEvent event) {
        return events.markProcessed(CallAdmissions.EVENT_SOURCE, event.eventId(), clock.instant());
    }

    /** @throws NotFoundException (and nothing is marked) if no call has the event's provider id */
    public boolean apply(TelephonyEvent event) {
        CallSession call = calls.findByExternalId(event.externalCallId())
                .orElseThrow(() -> new NotFoundException("call"));
        if (!markSeen(event)) {
            return false;
        }
        Instant now = CallTimes.notBeforeLastEvent(call, clock.instant());
        if (event instanceof TelephonyEvent.CallEnded ended) {
            callEnded(call, ended, now);
        } else if (event instanceof TelephonyEvent.TransferResult result) {
            transferResult(call, result, now);
        } else if (event instanceof TelephonyEvent.RecordingReady recording) {
            recordingReady(call, recording, now);
        }
        return true;
    }

    private void callEnded(CallSession call, TelephonyEvent.CallEnded ended, Instant now) {
        if (!call.isActive()) {
            return;
        }
        call.end(outcomeOfEnd(call, ended.reason()), now);
        recorder.finish(call, Set.of(), settings.prices(), CallPrices.TokenTotals.NONE, now);
    }

    static Outcome outcomeOfEnd(CallSession call, String reason) {
        CallState state = call.state();
        if (state == CallState.TRANSFERRING) {
            return "transferred".equals(reason) ? Outcome.TRANSFERRED : Outcome.CALLER_HUNG_UP;
        }
        if (state == CallState.AUTHORIZED && "voicemail".equals(reason)) {
            // allowed, but no agent could talk: the caller was sent to voicemail
            return Outcome.AI_FAILURE_FALLBACK;
        }
        if (state == CallState.IN_CONVERSATION && call.linkedMessageId().isPresent()) {
            return Outcome.MESSAGE_TAKEN;
        }
        return Outcome.CALLER_HUNG_UP;
    }

    private void transferResult(CallSession call, TelephonyEvent.TransferResult result, Instant now) {
        if (call.state() != CallState.TRANSFERRING) {
            return;
        }
        if (result.success()) {
            call.end(Outcome.TRANSFERRED, now);
            recorder.finish(call, Set.of(), settings.prices(), CallPrices.TokenTotals.NONE, now);
        } else {
            call.transferFailed(now);
            calls.update(call);
        }
    }

    /**
     * Keeps the recording; a voicemail (no agent conversation) also becomes a message for the owner,
     * whose notifications go into the outbox in this same transaction.
     */
    private void recordingReady(CallSession call, TelephonyEvent.RecordingReady recording, Instant now) {
        recordings.attach(call.businessId(), call.id(), recording.url());
        boolean agentFailed = call.outcome().filter(outcome -> outcome == Outcome.AI_FAILURE_FALLBACK).isPresent();
        boolean voicemail = call.linkedMessageId().isEmpty() && (call.answeredAt().isEmpty() || agentFailed);
        if (!voicemail || recording.durationSeconds() == 0) {
            return;
        }
        Message message = Message.take(MessageId.newId(), call.businessId(), Optional.of(call.id()), null,
                call.callerPhoneNumber().map(number -> number.e164()).orElse(null), null,
                "Voicemail (" + recording.durationSeconds() + " s): listen to the recording on the call's page.",
                Urgency.NORMAL, now);
        messages.add(message);
        call.linkMessage(message.id());
        calls.update(call);
        businesses.findById(call.businessId()).ifPresent(business -> setups.findByBusiness(call.businessId())
                .map(AgentSetup::profile)
                .ifPresent(profile -> alerts.newMessage(business, profile.messageSettings(), message)));
    }
}
