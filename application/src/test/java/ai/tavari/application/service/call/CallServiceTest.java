package ai.tavari.application.service.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.TimeBound;
import ai.tavari.application.port.in.call.CallDetails;
import ai.tavari.application.port.in.call.CallFilter;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.Page;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallServiceTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final OwnerData data = new OwnerData();
    private final CallService service = new CallService(data.calls, data.messages, data.recordings, data.businesses);
    private final Business business = data.business("Sushi Bar", TOKYO);
    private final Business other = data.business("Other", ZoneId.of("UTC"));

    @Test
    void listsTheBusinessesCallsNewestFirstWithTotal() {
        CallSession older = data.endedCall(business.id(), Instant.parse("2026-11-20T01:00:00Z"), 61, Outcome.COMPLETED, Intent.HOURS);
        CallSession newer = data.endedCall(business.id(), Instant.parse("2026-11-21T01:00:00Z"), 30, Outcome.COMPLETED, Intent.FAQ);
        data.endedCall(other.id(), Instant.parse("2026-11-22T01:00:00Z"), 30, Outcome.COMPLETED, Intent.FAQ);

        Page<CallSummary> page = service.list(business.id(), CallFilter.none(), Optional.empty(), 25);

        assertThat(page.items()).extracting(CallSummary::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.items().get(1).billableMinutes()).isEqualTo(2);
    }

    @Test
    void pagesFollowTheCursorToTheEndAndTheLastPageHasNoCursor() {
        List<CallId> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(0, data.endedCall(business.id(), Instant.parse("2026-11-20T01:00:00Z").plusSeconds(i * 600L), 30,
                    Outcome.COMPLETED, Intent.HOURS).id());
        }

        Page<CallSummary> first = service.list(business.id(), CallFilter.none(), Optional.empty(), 2);
        Page<CallSummary> second = service.list(business.id(), CallFilter.none(), first.nextCursor(), 2);
        Page<CallSummary> third = service.list(business.id(), CallFilter.none(), second.nextCursor(), 2);

        List<CallId> seen = new ArrayList<>();
        for (Page<CallSummary> page : List.of(first, second, third)) {
            page.items().forEach(call -> seen.add(call.id()));
            assertThat(page.total()).isEqualTo(5);
        }
        assertThat(seen).isEqualTo(started);
        assertThat(third.items()).hasSize(1);
        assertThat(third.nextCursor()).isEmpty();
    }

    @Test
    void exactPageBoundaryLeavesNoCursor() {
        for (int i = 0; i < 4; i++) {
            data.endedCall(business.id(), Instant.parse("2026-11-20T01:00:00Z").plusSeconds(i), 30, Outcome.COMPLETED, Intent.HOURS);
        }

        Page<CallSummary> first = service.list(business.id(), CallFilter.none(), Optional.empty(), 2);
        Page<CallSummary> second = service.list(business.id(), CallFilter.none(), first.nextCursor(), 2);

        assertThat(first.nextCursor()).isPresent();
        assertThat(second.items()).hasSize(2);
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void limitAbove100IsCappedAndZeroIsRefused() {
        for (int i = 0; i < 101; i++) {
            data.endedCall(business.id(), Instant.parse("2026-11-20T01:00:00Z").plusSeconds(i), 30, Outcome.COMPLETED, Intent.HOURS);
        }

        assertThat(service.list(business.id(), CallFilter.none(), Optional.empty(), 1000).items()).hasSize(100);
        assertThatThrownBy(() -> service.list(business.id(), CallFilter.none(), Optional.empty(), 0))
                .isInstanceOfSatisfying(InvalidCommandException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("limit"));
    }

    @Test
    void aCursorWeDidNotIssueIsAFieldError() {
        assertThatThrownBy(() -> service.list(business.id(), CallFilter.none(), Optional.of("bogus!"), 10))
                .isInstanceOfSatisfying(InvalidCommandException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("cursor"));
    }

    @Test
    void filtersByOutcomeIntentAndMessage() {
        data.endedCall(business.id(), Instant.parse("2026-11-20T01:00:00Z"), 30, Outcome.COMPLETED, Intent.HOURS);
        CallSession hungUp = data.endedCall(business.id(), Instant.parse("2026-11-20T02:00:00Z"), 30,
                Outcome.CALLER_HUNG_UP, Intent.FAQ);
        Message message = data.callWithMessage(business.id(), Instant.parse("2026-11-20T03:00:00Z"), Urgency.NORMAL);

        assertThat(ids(new CallFilter(Optional.empty(), Optional.empty(), Optional.of(Outcome.CALLER_HUNG_UP),
                Optional.empty(), Optional.empty()))).containsExactly(hungUp.id());
        assertThat(ids(new CallFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Intent.FAQ),
                Optional.empty()))).containsExactly(hungUp.id());
        assertThat(ids(new CallFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(true)))).containsExactly(message.callId().orElseThrow());
        assertThat(ids(new CallFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false)))).hasSize(2).doesNotContain(message.callId().orElseThrow());
    }

    @Test
    void dayBoundsAreWholeDaysInTheBusinessesTimeZone() {
        // 2026-11-20 in Tokyo is 2026-11-19T15:00Z to 2026-11-20T15:00Z
        CallSession beforeDay = data.endedCall(business.id(), Instant.parse("2026-11-19T14:59:59Z"), 1, Outcome.COMPLETED, Intent.HOURS);
        CallSession firstMoment = data.endedCall(business.id(), Instant.parse("2026-11-19T15:00:00Z"), 1, Outcome.COMPLETED, Intent.HOURS);
        CallSession lastMoment = data.endedCall(business.id(), Instant.parse("2026-11-20T14:59:59Z"), 1, Outcome.COMPLETED, Intent.HOURS);
        CallSession nextDay = data.endedCall(business.id(), Instant.parse("2026-11-20T15:00:00Z"), 1, Outcome.COMPLETED, Intent.HOURS);

        LocalDate day = LocalDate.parse("2026-11-20");
        assertThat(ids(range(TimeBound.on(day), TimeBound.on(day)))).containsExactly(lastMoment.id(), firstMoment.id());
        assertThat(ids(range(TimeBound.at(Instant.parse("2026-11-19T14:59:59Z")), TimeBound.at(Instant.parse("2026-11-19T15:00:00Z")))))
                .containsExactly(beforeDay.id());
        assertThat(ids(new CallFilter(Optional.of(TimeBound.on(day.plusDays(1))), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).containsExactly(nextDay.id());
    }

    @Test
    void anEmptyRangeIsAFieldErrorOnTo() {
        assertThatThrownBy(() -> ids(range(TimeBound.at(Instant.parse("2026-11-20T00:00:00Z")),
                TimeBound.at(Instant.parse("2026-11-19T00:00:00Z")))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("to"));
    }

    @Test
    void detailsCarryTranscriptMessageAndRecording() {
        Message message = data.callWithMessage(business.id(), Instant.parse("2026-11-20T03:00:00Z"), Urgency.URGENT);
        CallId callId = message.callId().orElseThrow();
        data.recordings.put(callId, "https://recordings.example/abc.mp3");

        CallDetails details = service.get(business.id(), callId);

        assertThat(details.call().id()).isEqualTo(callId);
        assertThat(details.message()).contains(message);
        assertThat(details.recordingUrl()).contains("https://recordings.example/abc.mp3");
    }

    @Test
    void anotherBusinessesCallIsNotFoundLikeAnUnknownOne() {
        CallSession foreign = data.endedCall(other.id(), Instant.parse("2026-11-20T01:00:00Z"), 30, Outcome.COMPLETED, Intent.HOURS);

        assertThatThrownBy(() -> service.get(business.id(), foreign.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("call not found");
        assertThatThrownBy(() -> service.get(business.id(), CallId.newId())).isInstanceOf(NotFoundException.class)
                .hasMessage("call not found");
    }

    private static CallFilter range(TimeBound from, TimeBound to) {
        return new CallFilter(Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private List<CallId> ids(CallFilter filter) {
        return service.list(business.id(), filter, Optional.empty(), 100).items().stream().map(CallSummary::id).toList();
    }
}
