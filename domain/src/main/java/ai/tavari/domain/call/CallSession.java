package ai.tavari.domain.call;

import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phone call to a business, from the first ring to the end: an aggregate with controlled
 * mutation. State changes follow {@link CallState}; a call in the wrong state for an event gets
 * an {@link IllegalStateException}, and an event dated before the previous one an
 * {@link IllegalArgumentException}. Methods are synchronized because telephony and AI events for
 * one call arrive on different threads.
 *
 * <p>Timing: the call is <em>answered</em> when the conversation starts (media flows);
 * {@link #duration()} runs from then to the end and {@link #billableMinutes()} rounds it up to
 * whole minutes (0 if never answered). The maximum duration given at authorization counts from
 * the answer ({@link #deadline()}).
 *
 * <p>Transcript turns are kept in time order (a caller's transcript can arrive after the agent's
 * reply to it), also after the call ended, up to {@value #MAX_TRANSCRIPT_TURNS} turns; later turns
 * are dropped. Intent, summary, cost and the linked message may be recorded in any state, since
 * they are usually known only at the end.
 */
public final class CallSession {
    public static final int MAX_TRANSCRIPT_TURNS = 500;
    public static final int MAX_SUMMARY_LENGTH = 2000;
    public static final String ANONYMOUS_CALLER = "anonymous";

    private final CallId id;
    private final BusinessId businessId;
    private final String callerNumber;
    private final String calledNumber;
    private final Instant startedAt;
    private final List<TranscriptTurn> transcript;

    private Optional<String> externalCallId;
    private CallState state;
    private Instant authorizedAt;
    private Duration maxDuration;
    private Instant answeredAt;
    private Instant endedAt;
    private Outcome outcome;
    private DenyReason rejectionReason;
    private PhoneNumber transferTarget;
    private int transferAttempts;
    private Intent intent;
    private String summary;
    private CostBreakdown cost;
    private MessageId linkedMessageId;

    private CallSession(CallSessionSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.businessId = Objects.requireNonNull(s.businessId(), "businessId");
        this.callerNumber = normalizedCaller(s.callerNumber());
        if (s.calledNumber() == null || s.calledNumber().isBlank()) {
            throw new IllegalArgumentException("calledNumber must be present");
        }
        this.calledNumber = s.calledNumber().strip();
        this.startedAt = Objects.requireNonNull(s.startedAt(), "startedAt");
        this.externalCallId = s.externalCallId().map(String::strip).filter(value -> !value.isEmpty());
        this.state = Objects.requireNonNull(s.state(), "state");
        this.authorizedAt = s.authorizedAt().orElse(null);
        this.maxDuration = s.maxDuration().orElse(null);
        this.answeredAt = s.answeredAt().orElse(null);
        this.endedAt = s.endedAt().orElse(null);
        this.outcome = s.outcome().orElse(null);
        this.rejectionReason = s.rejectionReason().orElse(null);
        this.transferTarget = s.transferTarget().orElse(null);
        this.transferAttempts = s.transferAttempts();
        this.transcript = new ArrayList<>();
        s.transcript().stream().limit(MAX_TRANSCRIPT_TURNS).forEach(this::insertInTimeOrder);
        this.intent = s.intent().orElse(null);
        this.summary = s.summary().map(CallSession::validSummary).orElse(null);
        this.cost = s.cost().orElse(null);
        this.linkedMessageId = s.linkedMessageId().orElse(null);
    }

    /**
     * A call that just reached Tavari. {@code callerNumber} is kept as the provider sent it; blank
     * or missing becomes {@value #ANONYMOUS_CALLER}.
     */
    public static CallSession ring(CallId id, BusinessId businessId, String callerNumber, String calledNumber,
            Optional<String> externalCallId, Instant now) {
        return new CallSession(new CallSessionSnapshot(id, businessId, callerNumber, calledNumber, externalCallId,
                CallState.RINGING, now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** Rebuilds a stored session, checking that its facts fit its state. */
    public static CallSession restore(CallSessionSnapshot snapshot) {
        CallSession session = new CallSession(Objects.requireNonNull(snapshot, "snapshot"));
        session.checkRestoredConsistency();
        return session;
    }

    public synchronized CallSessionSnapshot snapshot() {
        return new CallSessionSnapshot(id, businessId, callerNumber, calledNumber, externalCallId, state, startedAt,
                Optional.ofNullable(authorizedAt), Optional.ofNullable(maxDuration), Optional.ofNullable(answeredAt),
                Optional.ofNullable(endedAt), Optional.ofNullable(outcome), Optional.ofNullable(rejectionReason),
                Optional.ofNullable(transferTarget), transferAttempts, List.copyOf(transcript),
                Optional.ofNullable(intent), Optional.ofNullable(summary), Optional.ofNullable(cost),
                Optional.ofNullable(linkedMessageId));
    }

    // ---- lifecycle events ----

    /** The usage policy allowed the call for at most {@code maxDuration} of conversation. */
    public synchronized void authorize(Instant now, Duration maxDuration) {
        requireState("authorize", CallState.RINGING);
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive");
        }
        requireNotBefore(now, startedAt);
        this.authorizedAt = now;
        this.maxDuration = maxDuration;
        this.state = CallState.AUTHORIZED;
    }

    /** The usage policy denied the call: it ends {@link Outcome#REJECTED}. */
    public synchronized void reject(DenyReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        requireState("reject", CallState.RINGING);
        finish(Outcome.REJECTED, now);
        this.rejectionReason = reason;
    }

    /** Media is flowing and the agent is talking: the call counts as answered from {@code now}. */
    public synchronized void startConversation(Instant now) {
        requireState("start the conversation", CallState.AUTHORIZED);
        requireNotBefore(now, authorizedAt);
        this.answeredAt = now;
        this.state = CallState.IN_CONVERSATION;
    }

    public synchronized void beginTransfer(PhoneNumber target, Instant now) {
        Objects.requireNonNull(target, "target");
        requireState("begin a transfer", CallState.IN_CONVERSATION);
        requireNotBefore(now, answeredAt);
        this.transferTarget = target;
        this.transferAttempts++;
        this.state = CallState.TRANSFERRING;
    }

    /** The person did not pick up: the agent resumes the conversation. */
    public synchronized void transferFailed(Instant now) {
        requireState("report a failed transfer", CallState.TRANSFERRING);
        requireNotBefore(now, answeredAt);
        this.state = CallState.IN_CONVERSATION;
    }

    /**
     * Ends the call. The outcome must be possible from the current state (see {@link CallState});
     * use {@link #reject} to record why a call was rejected.
     */
    public synchronized void end(Outcome outcome, Instant now) {
        Objects.requireNonNull(outcome, "outcome");
        if (!state.canEndWith(outcome)) {
            throw new IllegalStateException("a call in state " + state + " cannot end as " + outcome);
        }
        finish(outcome, now);
    }

    /**
     * Ends the call unless it already ended, for racing end signals (the caller hangs up while
     * the agent ends the call). Returns whether this call ended it.
     */
    public synchronized boolean endIfActive(Outcome outcome, Instant now) {
        if (state == CallState.ENDED) {
            return false;
        }
        end(outcome, now);
        return true;
    }

    // ---- facts recorded along the way ----

    /** Adds a turn in time order; returns false (and drops it) once the transcript is full. */
    public synchronized boolean addTurn(Speaker speaker, String text, Instant at) {
        return addTurn(new TranscriptTurn(speaker, text, at));
    }

    public synchronized boolean addTurn(TranscriptTurn turn) {
        Objects.requireNonNull(turn, "turn");
        if (state == CallState.RINGING) {
            throw new IllegalStateException("a call that is still ringing has no conversation");
        }
        if (transcript.size() >= MAX_TRANSCRIPT_TURNS) {
            return false;
        }
        insertInTimeOrder(turn);
        return true;
    }

    public synchronized void recordIntent(Intent newIntent) {
        this.intent = Objects.requireNonNull(newIntent, "intent");
    }

    public synchronized void recordSummary(String newSummary) {
        this.summary = validSummary(newSummary);
    }

    /** Replaces the recorded cost. */
    public synchronized void recordCost(CostBreakdown newCost) {
        this.cost = Objects.requireNonNull(newCost, "cost");
    }

    /** Adds to the recorded cost (starting from zero), e.g. once per AI response. */
    public synchronized void addCost(CostBreakdown more) {
        Objects.requireNonNull(more, "cost");
        this.cost = cost == null ? more : cost.plus(more);
    }

    public synchronized void linkMessage(MessageId messageId) {
        this.linkedMessageId = Objects.requireNonNull(messageId, "messageId");
    }

    /** Sets the provider's call id if it was not known at the first ring; a different id is refused. */
    public synchronized void attachExternalCallId(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("external call id must not be blank");
        }
        String stripped = externalId.strip();
        if (externalCallId.isPresent() && !externalCallId.get().equals(stripped)) {
            throw new IllegalStateException("call already has external id " + externalCallId.get());
        }
        this.externalCallId = Optional.of(stripped);
    }

    // ---- queries ----

    public CallId id() {
        return id;
    }

    public BusinessId businessId() {
        return businessId;
    }

    /** The caller's number as the provider sent it, or {@value #ANONYMOUS_CALLER}. */
    public String callerNumber() {
        return callerNumber;
    }

    /** The caller's number when it is a valid E.164 number. */
    public Optional<PhoneNumber> callerPhoneNumber() {
        try {
            return Optional.of(PhoneNumber.of(callerNumber));
        } catch (DomainValidationException notE164) {
            return Optional.empty();
        }
    }

    public boolean isAnonymousCaller() {
        return callerPhoneNumber().isEmpty();
    }

    public String calledNumber() {
        return calledNumber;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public synchronized Optional<String> externalCallId() {
        return externalCallId;
    }

    public synchronized CallState state() {
        return state;
    }

    public synchronized boolean isActive() {
        return state.isActive();
    }

    public synchronized boolean isEnded() {
        return state == CallState.ENDED;
    }

    public synchronized Optional<Instant> authorizedAt() {
        return Optional.ofNullable(authorizedAt);
    }

    public synchronized Optional<Duration> maxDuration() {
        return Optional.ofNullable(maxDuration);
    }

    public synchronized Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public synchronized Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public synchronized Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public synchronized Optional<DenyReason> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** The number of the latest transfer attempt. */
    public synchronized Optional<PhoneNumber> transferTarget() {
        return Optional.ofNullable(transferTarget);
    }

    public synchronized int transferAttempts() {
        return transferAttempts;
    }

    public synchronized List<TranscriptTurn> transcript() {
        return List.copyOf(transcript);
    }

    public synchronized Optional<Intent> intent() {
        return Optional.ofNullable(intent);
    }

    public synchronized Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public synchronized Optional<CostBreakdown> cost() {
        return Optional.ofNullable(cost);
    }

    public synchronized Optional<MessageId> linkedMessageId() {
        return Optional.ofNullable(linkedMessageId);
    }

    /** When the conversation must be over: answer time plus the maximum duration. */
    public synchronized Optional<Instant> deadline() {
        return answeredAt == null ? Optional.empty() : Optional.of(answeredAt.plus(maxDuration));
    }

    /** Conversation time left at {@code now} (zero once past the deadline); empty before the answer. */
    public synchronized Optional<Duration> remainingAt(Instant now) {
        return deadline().map(deadline -> now.isBefore(deadline) ? Duration.between(now, deadline) : Duration.ZERO);
    }

    /** Answered to ended; zero if the call was never answered or has not ended. */
    public synchronized Duration duration() {
        if (answeredAt == null || endedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(answeredAt, endedAt);
    }

    /** Conversation time so far, or the final duration once ended. */
    public synchronized Duration elapsedAt(Instant now) {
        if (answeredAt == null) {
            return Duration.ZERO;
        }
        Instant until = endedAt != null ? endedAt : now;
        return until.isAfter(answeredAt) ? Duration.between(answeredAt, until) : Duration.ZERO;
    }

    /** {@link #duration()} rounded up to whole minutes: 0 s is 0, 1 s to 60 s is 1, 61 s is 2. */
    public synchronized long billableMinutes() {
        return roundUpToMinutes(duration());
    }

    static long roundUpToMinutes(Duration duration) {
        long seconds = duration.getSeconds();
        long wholeMinutes = seconds / 60;
        boolean partialMinute = seconds % 60 != 0 || duration.getNano() != 0;
        return partialMinute ? wholeMinutes + 1 : wholeMinutes;
    }

    // ---- internals ----

    private void finish(Outcome finalOutcome, Instant now) {
        Instant latest = answeredAt != null ? answeredAt : authorizedAt != null ? authorizedAt : startedAt;
        requireNotBefore(now, latest);
        this.endedAt = now;
        this.outcome = finalOutcome;
        this.state = CallState.ENDED;
    }

    private void insertInTimeOrder(TranscriptTurn turn) {
        int position = transcript.size();
        while (position > 0 && transcript.get(position - 1).at().isAfter(turn.at())) {
            position--;
        }
        transcript.add(position, turn);
    }

    private void requireState(String action, CallState expected) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " a call in state " + state);
        }
    }

    private static void requireNotBefore(Instant now, Instant previous) {
        Objects.requireNonNull(now, "now");
        if (now.isBefore(previous)) {
            throw new IllegalArgumentException("event at " + now + " is before the previous event at " + previous);
        }
    }

    private static String normalizedCaller(String callerNumber) {
        return callerNumber == null || callerNumber.isBlank() ? ANONYMOUS_CALLER : callerNumber.strip();
    }

    private static String validSummary(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("summary must not be blank");
        }
        String stripped = text.strip();
        return stripped.length() > MAX_SUMMARY_LENGTH ? stripped.substring(0, MAX_SUMMARY_LENGTH) : stripped;
    }

    private void checkRestoredConsistency() {
        boolean authorized = authorizedAt != null && maxDuration != null;
        boolean answered = answeredAt != null;
        boolean ended = endedAt != null && outcome != null;
        boolean consistent = switch (state) {
            case RINGING -> authorizedAt == null && !answered && endedAt == null && outcome == null;
            case AUTHORIZED -> authorized && !answered && endedAt == null && outcome == null;
            case IN_CONVERSATION -> authorized && answered && endedAt == null && outcome == null;
            case TRANSFERRING -> authorized && answered && transferTarget != null && endedAt == null && outcome == null;
            case ENDED -> ended && (!answered || authorized);
        };
        if (!consistent) {
            throw new IllegalArgumentException("stored call " + id + " has facts that do not fit state " + state);
        }
        if (transferAttempts < 0) {
            throw new IllegalArgumentException("transferAttempts must not be negative");
        }
        if (rejectionReason != null && outcome != Outcome.REJECTED) {
            throw new IllegalArgumentException("only a rejected call has a rejection reason");
        }
        if ((authorizedAt != null && authorizedAt.isBefore(startedAt))
                || (answeredAt != null && answeredAt.isBefore(authorizedAt))
                || (endedAt != null && endedAt.isBefore(answeredAt != null ? answeredAt : startedAt))) {
            throw new IllegalArgumentException("stored call " + id + " has timestamps out of order");
        }
    }

    @Override
    public synchronized String toString() {
        return "CallSession[id=" + id + ", businessId=" + businessId + ", state=" + state + ", outcome=" + outcome + "]";
    }
}
