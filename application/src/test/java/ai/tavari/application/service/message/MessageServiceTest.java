package ai.tavari.application.service.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.OwnerData;
import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.TimeBound;
import ai.tavari.application.port.in.message.MessageFilter;
import ai.tavari.application.port.in.message.MessageList;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final OwnerData data = new OwnerData();
    private final MessageService service = new MessageService(data.messages, data.businesses, clock);
    private final Business business = data.business("Plumber", ZoneId.of("America/Los_Angeles"));
    private final Business other = data.business("Other", ZoneId.of("UTC"));

    @Test
    void listsNewestFirstWithTotalAndTheUnreadCountOfAllMessages() {
        Message old = data.message(business.id(), Instant.parse("2026-11-20T10:00:00Z"), Urgency.LOW);
        Message recent = data.callWithMessage(business.id(), Instant.parse("2026-11-21T10:00:00Z"), Urgency.URGENT);
        data.message(other.id(), Instant.parse("2026-11-22T10:00:00Z"), Urgency.URGENT);
        service.markRead(business.id(), old.id(), true);

        MessageList list = service.list(business.id(), MessageFilter.none(), Optional.empty(), 25);

        assertThat(list.page().items()).extracting(Message::id).containsExactly(recent.id(), old.id());
        assertThat(list.page().total()).isEqualTo(2);
        assertThat(list.unreadCount()).isEqualTo(1);
    }

    @Test
    void filtersUnreadUrgencyAndLocalDays() {
        Message read = data.message(business.id(), Instant.parse("2026-11-20T10:00:00Z"), Urgency.URGENT);
        // 2026-11-21 in Los Angeles is 08:00Z that day to 08:00Z the next
        Message lateOn21st = data.message(business.id(), Instant.parse("2026-11-22T07:59:00Z"), Urgency.NORMAL);
        Message on22nd = data.message(business.id(), Instant.parse("2026-11-22T08:00:00Z"), Urgency.URGENT);
        service.markRead(business.id(), read.id(), true);

        assertThat(items(new MessageFilter(true, Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(on22nd.id(), lateOn21st.id());
        assertThat(items(new MessageFilter(false, Optional.empty(), Optional.empty(), Optional.of(Urgency.URGENT))))
                .containsExactly(on22nd.id(), read.id());
        LocalDate day = LocalDate.parse("2026-11-21");
        assertThat(items(new MessageFilter(false, Optional.of(TimeBound.on(day)), Optional.of(TimeBound.on(day)), Optional.empty())))
                .containsExactly(lateOn21st.id());
        MessageList unreadUrgent = service.list(business.id(),
                new MessageFilter(true, Optional.empty(), Optional.empty(), Optional.of(Urgency.URGENT)), Optional.empty(), 25);
        assertThat(unreadUrgent.page().total()).isEqualTo(1);
        assertThat(unreadUrgent.unreadCount()).isEqualTo(2);
    }

    @Test
    void markingReadIsIdempotentAndKeepsTheFirstReadTime() {
        Message message = data.message(business.id(), Instant.parse("2026-11-20T10:00:00Z"), Urgency.NORMAL);

        Message first = service.markRead(business.id(), message.id(), true);
        clock.advance(Duration.ofHours(1));
        Message second = service.markRead(business.id(), message.id(), true);

        assertThat(first.readAt()).contains(Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(second).isEqualTo(first);
        assertThat(service.get(business.id(), message.id())).isEqualTo(first);
    }

    @Test
    void markingUnreadIsIdempotentAndCountsAgain() {
        Message message = data.message(business.id(), Instant.parse("2026-11-20T10:00:00Z"), Urgency.NORMAL);
        service.markRead(business.id(), message.id(), true);

        Message unread = service.markRead(business.id(), message.id(), false);
        Message again = service.markRead(business.id(), message.id(), false);

        assertThat(unread.isRead()).isFalse();
        assertThat(again).isEqualTo(unread);
        assertThat(service.list(business.id(), MessageFilter.none(), Optional.empty(), 10).unreadCount()).isEqualTo(1);
    }

    @Test
    void anotherBusinessesMessageIsNotFoundAndStaysUntouched() {
        Message foreign = data.message(other.id(), Instant.parse("2026-11-20T10:00:00Z"), Urgency.NORMAL);

        assertThatThrownBy(() -> service.get(business.id(), foreign.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("message not found");
        assertThatThrownBy(() -> service.markRead(business.id(), foreign.id(), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.markRead(business.id(), MessageId.newId(), false)).isInstanceOf(NotFoundException.class);
        assertThat(data.messages.findById(other.id(), foreign.id()).orElseThrow().isRead()).isFalse();
    }

    private List<MessageId> items(MessageFilter filter) {
        return service.list(business.id(), filter, Optional.empty(), 100).page().items().stream().map(Message::id).toList();
    }
}
