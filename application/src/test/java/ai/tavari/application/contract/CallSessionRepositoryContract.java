package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.DuplicateCallException;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.Page;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.billing.DenyReason;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CostBreakdown;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.call.TranscriptTurn;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CallSessionRepository} must do; run against the in-memory fake and the real adapter. */
public abstract class CallSessionRepositoryContract {
    /** Instants with at most microsecond digits: what a timestamp column keeps. */
    protected static final Instant T0 = Instant.parse("2026-03-04T15:00:00.123456Z");
    private static final String CALLER = "+12125550199";
    private static final String TAVARI_NUMBER = "+13125550100";

    protected abstract CallSessionRepository calls();

    protected abstract MessageRepository messages();

    protected abstract BusinessRepository businesses();

    // ---- storing and finding ----

    @Test
    void storesEveryFactOfAFinishedCall() {
        BusinessId business = business();
        CallSession call = ringing(business, T0);
        call.authorize(T0.plusSeconds(1), Duration.ofMinutes(30));
        call.startConversation(T0.plusSeconds(2));
        call.addTurn(Speaker.AGENT, "Thanks for calling Bella's, how can I help?", T0.plusSeconds(3));
        call.addTurn(Speaker.CALLER, "Can I talk to Bella?", T0.plusSeconds(6));
        call.addTurn(Speaker.AGENT, "Let me put you through.", T0.plusSeconds(9));
        call.addTurn(Speaker.CALLER, "Thanks.", T0.plusSeconds(8));
        call.beginTransfer(PhoneNumber.of("+14155550123"), T0.plusSeconds(10));
        call.transferFailed(T0.plusSeconds(40));
        call.addTurn(Speaker.AGENT, "She is busy, can I take a message?", T0.plusSeconds(41));
        call.end(Outcome.COMPLETED, T0.plusMillis(130_250));
        call.recordIntent(Intent.TRANSFER);
        call.recordSummary("Caller wanted Bella; transfer failed.");
        call.recordCost(new CostBreakdown(Money.of(37, "USD"), Money.of(12, "USD")));

        calls().add(call);

        CallSession found = calls().findById(business, call.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(call.snapshot());
        assertThat(found.transcript()).extracting(TranscriptTurn::text).containsExactly(
                "Thanks for calling Bella's, how can I help?", "Can I talk to Bella?", "Thanks.",
                "Let me put you through.", "She is busy, can I take a message?");
        assertThat(found.billableMinutes()).isEqualTo(3);
    }

    @Test
    void storesARejectedCallWithItsReasonAndARingingCallWithNoCost() {
        BusinessId business = business();
        CallSession rejected = ringing(business, T0);
        rejected.reject(DenyReason.MINUTES_EXHAUSTED, T0.plusSeconds(1));
        CallSession anonymous = CallSession.ring(CallId.newId(), business, null, TAVARI_NUMBER, Optional.empty(), T0);
        CallSession zeroCost = ringing(business, T0);
        zeroCost.recordCost(CostBreakdown.zero("EUR"));

        calls().add(rejected);
        calls().add(anonymous);
        calls().add(zeroCost);

        assertThat(calls().findById(business, rejected.id()).orElseThrow().snapshot()).isEqualTo(rejected.snapshot());
        CallSession foundAnonymous = calls().findById(business, anonymous.id()).orElseThrow();
        assertThat(foundAnonymous.snapshot()).isEqualTo(anonymous.snapshot());
        assertThat(foundAnonymous.isAnonymousCaller()).isTrue();
        assertThat(foundAnonymous.cost()).isEmpty();
        assertThat(calls().findById(business, zeroCost.id()).orElseThrow().cost()).contains(CostBreakdown.zero("EUR"));
    }

    @Test
    void findsACallByItsProviderIdWhateverTheBusiness() {
        CallSession call = ringing(business(), T0);
        calls().add(call);

        assertThat(calls().findByExternalId(call.externalCallId().orElseThrow()).map(CallSession::snapshot))
                .contains(call.snapshot());
        assertThat(calls().findByExternalId("no-such-call")).isEmpty();
    }

    @Test
    void refusesASecondCallWithTheSameIdOrProviderId() {
        BusinessId business = business();
        CallSession call = ringing(business, T0);
        calls().add(call);
        CallSession sameProviderId = CallSession.ring(CallId.newId(), business, CALLER, TAVARI_NUMBER,
                call.externalCallId(), T0);
        CallSession sameId = CallSession.ring(call.id(), business, CALLER, TAVARI_NUMBER, Optional.empty(), T0);

        assertThatThrownBy(() -> calls().add(sameProviderId)).isInstanceOf(DuplicateCallException.class);
        assertThatThrownBy(() -> calls().add(sameId)).isInstanceOf(DuplicateCallException.class);
        assertThat(calls().findById(business, sameProviderId.id())).isEmpty();
    }

    // ---- updating ----

    @Test
    void updateSavesTheCallsProgressAndItCanBeSavedAgainAndAgain() {
        BusinessId business = business();
        CallSession added = ringing(business, T0);
        calls().add(added);

        CallSession call = calls().findById(business, added.id()).orElseThrow();
        call.authorize(T0.plusSeconds(1), Duration.ofMinutes(20));
        calls().update(call);
        call.startConversation(T0.plusSeconds(2));
        calls().update(call);
        for (int i = 0; i < 12; i++) {
            call.addTurn(i % 2 == 0 ? Speaker.AGENT : Speaker.CALLER, "turn " + i, T0.plusSeconds(3 + i));
            call.addTurn(Speaker.CALLER, "more " + i, T0.plusSeconds(3 + i).plusMillis(500));
            calls().update(call);
        }
        call.end(Outcome.CALLER_HUNG_UP, T0.plusSeconds(60));
        call.recordIntent(Intent.OTHER);
        calls().update(call);

        CallSession found = calls().findById(business, call.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(call.snapshot());
        assertThat(found.transcript()).hasSize(24);
        assertThat(CallSummary.of(found).billableMinutes()).isEqualTo(1);
    }

    @Test
    void aLateTurnLandsInTimeOrderAmongTheStoredOnes() {
        BusinessId business = business();
        CallSession call = inConversation(business, T0);
        calls().add(call);
        call.addTurn(Speaker.AGENT, "Hello, Bella's salon.", T0.plusSeconds(3));
        call.addTurn(Speaker.AGENT, "Our hours are nine to five.", T0.plusSeconds(8));
        calls().update(call);

        call.addTurn(Speaker.CALLER, "When are you open?", T0.plusSeconds(5));
        call.addTurn(Speaker.CALLER, "Great, thanks.", T0.plusSeconds(10));
        calls().update(call);

        assertThat(calls().findById(business, call.id()).orElseThrow().transcript())
                .extracting(TranscriptTurn::text)
                .containsExactly("Hello, Bella's salon.", "When are you open?", "Our hours are nine to five.", "Great, thanks.");
    }

    @Test
    void aStaleCopyCannotOverwriteANewerSave() {
        BusinessId business = business();
        CallSession added = inConversation(business, T0);
        calls().add(added);
        CallSession first = calls().findById(business, added.id()).orElseThrow();
        CallSession second = calls().findById(business, added.id()).orElseThrow();

        first.addTurn(Speaker.CALLER, "I'd like to leave a message.", T0.plusSeconds(5));
        first.recordSummary("Wants to leave a message.");
        calls().update(first);
        second.end(Outcome.CALLER_HUNG_UP, T0.plusSeconds(6));

        assertThatThrownBy(() -> calls().update(second)).isInstanceOf(StaleDataException.class);
        CallSession stored = calls().findById(business, added.id()).orElseThrow();
        assertThat(stored.snapshot()).isEqualTo(first.snapshot());
        assertThat(stored.isActive()).isTrue();
        // the copy that lost stays stale; a fresh copy can be saved
        assertThatThrownBy(() -> calls().update(second)).isInstanceOf(StaleDataException.class);
        stored.end(Outcome.CALLER_HUNG_UP, T0.plusSeconds(6));
        calls().update(stored);
        assertThat(calls().countActive(business)).isZero();
    }

    @Test
    void savingOnlyNewTranscriptTurnsAlsoMakesOtherCopiesStale() {
        BusinessId business = business();
        CallSession added = inConversation(business, T0);
        calls().add(added);
        CallSession first = calls().findById(business, added.id()).orElseThrow();
        CallSession second = calls().findById(business, added.id()).orElseThrow();

        first.addTurn(Speaker.CALLER, "Hi, are you open today?", T0.plusSeconds(5));
        calls().update(first);
        second.addTurn(Speaker.AGENT, "Hello, Bella's salon.", T0.plusSeconds(4));

        assertThatThrownBy(() -> calls().update(second)).isInstanceOf(StaleDataException.class);
        assertThat(calls().findById(business, added.id()).orElseThrow().transcript()).extracting(TranscriptTurn::text)
                .containsExactly("Hi, are you open today?");
    }

    @Test
    void theAddedObjectIsStaleOnceALoadedCopyWasSaved() {
        BusinessId business = business();
        CallSession added = inConversation(business, T0);
        calls().add(added);
        CallSession loaded = calls().findByExternalId(added.externalCallId().orElseThrow()).orElseThrow();
        loaded.recordIntent(Intent.HOURS);
        calls().update(loaded);

        added.recordIntent(Intent.FAQ);

        assertThatThrownBy(() -> calls().update(added)).isInstanceOf(StaleDataException.class);
        assertThat(calls().findById(business, added.id()).orElseThrow().intent()).contains(Intent.HOURS);
    }

    @Test
    void updateRefusesACallItDidNotHandOut() {
        BusinessId business = business();
        CallSession added = ringing(business, T0);
        calls().add(added);
        CallSession copy = CallSession.restore(added.snapshot());
        CallSession neverStored = ringing(business, T0);

        assertThatThrownBy(() -> calls().update(copy)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> calls().update(neverStored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void attachingAProviderIdAnotherCallHasIsRefused() {
        BusinessId business = business();
        CallSession first = ringing(business, T0);
        calls().add(first);
        CallSession second = CallSession.ring(CallId.newId(), business, CALLER, TAVARI_NUMBER, Optional.empty(), T0);
        calls().add(second);

        second.attachExternalCallId(first.externalCallId().orElseThrow());

        assertThatThrownBy(() -> calls().update(second)).isInstanceOf(DuplicateCallException.class);
    }

    @Test
    void aLinkedMessageIsStoredWithTheCall() {
        BusinessId business = business();
        CallSession call = inConversation(business, T0);
        calls().add(call);
        Message message = Message.take(MessageId.newId(), business, Optional.of(call.id()), "Jane", "+12125550199", null,
                "Call me back", Urgency.NORMAL, T0.plusSeconds(30));
        messages().add(message);

        call.linkMessage(message.id());
        call.end(Outcome.MESSAGE_TAKEN, T0.plusSeconds(40));
        calls().update(call);

        CallSession found = calls().findById(business, call.id()).orElseThrow();
        assertThat(found.linkedMessageId()).contains(message.id());
        assertThat(calls().list(business, CallQuery.newest().withHasMessage(true)).items())
                .extracting(CallSummary::id).containsExactly(call.id());
    }

    // ---- counting live calls ----

    @Test
    void countsTheBusinesssCallsThatHaveNotEnded() {
        BusinessId business = business();
        BusinessId other = business();
        calls().add(ringing(business, T0));
        calls().add(inConversation(business, T0));
        calls().add(ended(business, T0, Outcome.COMPLETED, Intent.HOURS));
        calls().add(inConversation(other, T0));
        CallSession transferring = inConversation(business, T0);
        transferring.beginTransfer(PhoneNumber.of("+14155550123"), T0.plusSeconds(5));
        calls().add(transferring);

        assertThat(calls().countActive(business)).isEqualTo(3);
        assertThat(calls().countActive(other)).isEqualTo(1);
        assertThat(calls().countActive(business())).isZero();
        assertThat(calls().countActiveForAdmission(business)).isEqualTo(3);
        assertThat(calls().countActiveForAdmission(other)).isEqualTo(1);
    }

    // ---- the dashboard list ----

    @Test
    void listsNewestFirstWithTheSummaryOfEachCall() {
        BusinessId business = business();
        CallSession older = ended(business, T0, Outcome.COMPLETED, Intent.HOURS);
        CallSession newer = ended(business, T0.plusSeconds(3600), Outcome.MESSAGE_TAKEN, Intent.MESSAGE);
        CallSession live = inConversation(business, T0.plusSeconds(7200));
        calls().add(older);
        calls().add(live);
        calls().add(newer);

        Page<CallSummary> page = calls().list(business, CallQuery.newest());

        assertThat(page.items()).containsExactly(CallSummary.of(live), CallSummary.of(newer), CallSummary.of(older));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.items().get(1).duration()).isEqualTo(newer.duration());
    }

    @Test
    void pagesThroughCallsThatStartedAtTheSameInstantInIdOrder() {
        BusinessId business = business();
        // ids whose order differs between signed (UUID.compareTo) and unsigned (database) comparison
        List<String> prefixes = List.of("00000000", "7fffffff", "80000000", "c0000000", "ffffffff");
        List<CallSession> stored = new ArrayList<>();
        for (String prefix : prefixes) {
            CallId id = new CallId(UUID.fromString(prefix + UUID.randomUUID().toString().substring(8)));
            CallSession call = CallSession.ring(id, business, CALLER, TAVARI_NUMBER, Optional.empty(), T0);
            calls().add(call);
            stored.add(call);
        }
        calls().add(ringing(business, T0.minusSeconds(1)));
        calls().add(ringing(business, T0.plusSeconds(1)));

        List<CallId> seen = new ArrayList<>();
        CallQuery query = CallQuery.newest().withLimit(2);
        Page<CallSummary> page = calls().list(business, query);
        int pages = 1;
        seen.addAll(page.items().stream().map(CallSummary::id).toList());
        while (page.hasNext()) {
            assertThat(page.total()).isEqualTo(7);
            page = calls().list(business, query.after(page.nextCursor().orElseThrow()));
            seen.addAll(page.items().stream().map(CallSummary::id).toList());
            pages++;
        }

        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        List<CallId> sameInstant = seen.subList(1, 6);
        assertThat(sameInstant).containsExactlyElementsOf(stored.stream().map(CallSession::id)
                .sorted(Comparator.comparing((CallId id) -> id.value().toString()).reversed()).toList());
    }

    @Test
    void filtersByStartRangeOutcomeIntentAndMessage() {
        BusinessId business = business();
        CallSession atFrom = ended(business, T0, Outcome.COMPLETED, Intent.HOURS);
        CallSession inside = ended(business, T0.plusSeconds(600), Outcome.MESSAGE_TAKEN, Intent.MESSAGE);
        CallSession atTo = ended(business, T0.plusSeconds(3600), Outcome.COMPLETED, Intent.HOURS);
        CallSession before = ended(business, T0.minusSeconds(1), Outcome.CALLER_HUNG_UP, Intent.FAQ);
        CallSession withMessage = inConversation(business, T0.plusSeconds(1200));
        for (CallSession call : List.of(atFrom, inside, atTo, before, withMessage)) {
            calls().add(call);
        }
        Message message = Message.take(MessageId.newId(), business, Optional.of(withMessage.id()), "Jane", null, null,
                "Please call back", Urgency.URGENT, T0.plusSeconds(1230));
        messages().add(message);
        withMessage.linkMessage(message.id());
        withMessage.end(Outcome.MESSAGE_TAKEN, T0.plusSeconds(1260));
        withMessage.recordIntent(Intent.MESSAGE);
        calls().update(withMessage);

        CallQuery range = CallQuery.newest().withRange(T0, T0.plusSeconds(3600));
        assertThat(ids(calls().list(business, range))).containsExactly(withMessage.id(), inside.id(), atFrom.id());
        assertThat(calls().list(business, range).total()).isEqualTo(3);
        assertThat(ids(calls().list(business, CallQuery.newest().withOutcome(Outcome.COMPLETED))))
                .containsExactly(atTo.id(), atFrom.id());
        assertThat(ids(calls().list(business, CallQuery.newest().withIntent(Intent.MESSAGE))))
                .containsExactly(withMessage.id(), inside.id());
        assertThat(ids(calls().list(business, CallQuery.newest().withHasMessage(true)))).containsExactly(withMessage.id());
        assertThat(calls().list(business, CallQuery.newest().withHasMessage(false)).total()).isEqualTo(4);
        Page<CallSummary> combined = calls().list(business,
                range.withOutcome(Outcome.MESSAGE_TAKEN).withIntent(Intent.MESSAGE).withHasMessage(false));
        assertThat(ids(combined)).containsExactly(inside.id());
        assertThat(combined.total()).isEqualTo(1);
    }

    @Test
    void aPageHoldsAtMostAHundredCalls() {
        BusinessId business = business();
        for (int i = 0; i < 101; i++) {
            calls().add(ringing(business, T0.plusSeconds(i)));
        }

        Page<CallSummary> first = calls().list(business, CallQuery.newest().withLimit(1000));
        Page<CallSummary> second = calls().list(business, CallQuery.newest().withLimit(1000).after(first.nextCursor().orElseThrow()));

        assertThat(first.items()).hasSize(CallQuery.MAX_LIMIT);
        assertThat(first.total()).isEqualTo(101);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).startedAt()).isEqualTo(T0);
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void aQueryWithAnInvalidCursorRangeOrLimitIsRefused() {
        assertThatThrownBy(() -> CallQuery.newest().after("not-a-cursor")).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> CallQuery.newest().withRange(T0, T0)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> CallQuery.newest().withLimit(0)).isInstanceOf(InvalidCommandException.class);
    }

    // ---- tenant isolation ----

    @Test
    void anotherBusinessSeesNoneOfTheCalls() {
        BusinessId owner = business();
        BusinessId intruder = business();
        CallSession call = ended(owner, T0, Outcome.COMPLETED, Intent.HOURS);
        calls().add(call);
        calls().add(inConversation(owner, T0));

        assertThat(calls().findById(intruder, call.id())).isEmpty();
        assertThat(calls().countActive(intruder)).isZero();
        Page<CallSummary> intruderPage = calls().list(intruder, CallQuery.newest());
        assertThat(intruderPage.items()).isEmpty();
        assertThat(intruderPage.total()).isZero();
        // a cursor from the owner's list shows nothing of the owner's to the intruder either
        Page<CallSummary> ownerPage = calls().list(owner, CallQuery.newest().withLimit(1));
        assertThat(calls().list(intruder, CallQuery.newest().after(ownerPage.nextCursor().orElseThrow())).items()).isEmpty();
    }

    // ---- helpers ----

    protected BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Call Shop", T0.minusSeconds(86_400));
        businesses().add(business);
        return business.id();
    }

    protected static CallSession ringing(BusinessId business, Instant at) {
        return CallSession.ring(CallId.newId(), business, CALLER, TAVARI_NUMBER,
                Optional.of("vox-" + UUID.randomUUID()), at);
    }

    protected static CallSession inConversation(BusinessId business, Instant at) {
        CallSession call = ringing(business, at);
        call.authorize(at.plusSeconds(1), Duration.ofMinutes(30));
        call.startConversation(at.plusSeconds(2));
        return call;
    }

    protected static CallSession ended(BusinessId business, Instant at, Outcome outcome, Intent intent) {
        CallSession call = inConversation(business, at);
        call.addTurn(Speaker.AGENT, "Hello, how can I help?", at.plusSeconds(3));
        call.addTurn(Speaker.CALLER, "Just a question.", at.plusSeconds(5));
        call.end(outcome, at.plusSeconds(95));
        call.recordIntent(intent);
        return call;
    }

    private static List<CallId> ids(Page<CallSummary> page) {
        return page.items().stream().map(CallSummary::id).toList();
    }
}
