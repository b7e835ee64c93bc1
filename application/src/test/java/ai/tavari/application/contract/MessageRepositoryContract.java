package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.Page;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link MessageRepository} must do; run against the in-memory fake and the real adapter. */
public abstract class MessageRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T15:00:00.654321Z");

    protected abstract MessageRepository messages();

    protected abstract CallSessionRepository calls();

    protected abstract BusinessRepository businesses();

    @Test
    void storesEveryFieldOfAMessage() {
        BusinessId business = business();
        CallId call = call(business);
        Message message = Message.take(MessageId.newId(), business, Optional.of(call), "Jane Doe", "+1 (212) 555-0199",
                "jane@example.com", "Wants to move her Friday appointment", Urgency.URGENT, T0);

        messages().add(message);

        Message found = messages().findById(business, message.id()).orElseThrow();
        assertThat(found).isEqualTo(message);
        assertThat(found.callbackNumber()).contains(PhoneNumber.of("+12125550199"));
        assertThat(found.callbackNumberAsGiven()).contains("+1 (212) 555-0199");
    }

    @Test
    void storesAMessageWithoutACallAndWithACallbackNumberThatIsNotE164() {
        BusinessId business = business();
        Message onlyNumber = Message.take(MessageId.newId(), business, Optional.empty(), null, "ext. 42 at the front desk",
                null, null, Urgency.LOW, T0);
        Message onlyReason = Message.take(MessageId.newId(), business, Optional.empty(), null, null, null,
                "Your sign fell over", Urgency.NORMAL, T0);

        messages().add(onlyNumber);
        messages().add(onlyReason);

        assertThat(messages().findById(business, onlyNumber.id())).contains(onlyNumber);
        assertThat(messages().findById(business, onlyNumber.id()).orElseThrow().callbackNumber()).isEmpty();
        assertThat(messages().findById(business, onlyReason.id())).contains(onlyReason);
    }

    @Test
    void updateSavesTheReadStateBothWays() {
        BusinessId business = business();
        Message message = message(business, T0, Urgency.NORMAL);
        messages().add(message);
        assertThat(messages().countUnread(business)).isEqualTo(1);

        Message read = message.markRead(T0.plusSeconds(300));
        messages().update(read);
        assertThat(messages().findById(business, message.id())).contains(read);
        assertThat(messages().countUnread(business)).isZero();

        messages().update(read.markUnread());
        assertThat(messages().findById(business, message.id()).orElseThrow().isRead()).isFalse();
        assertThat(messages().countUnread(business)).isEqualTo(1);
    }

    @Test
    void updatingAMessageThatIsNotStoredFails() {
        assertThatThrownBy(() -> messages().update(message(business(), T0, Urgency.LOW)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsNewestFirstAndFiltersByReadStateRangeAndUrgency() {
        BusinessId business = business();
        Message old = message(business, T0, Urgency.LOW);
        Message urgent = message(business, T0.plusSeconds(60), Urgency.URGENT);
        Message read = message(business, T0.plusSeconds(120), Urgency.NORMAL).markRead(T0.plusSeconds(200));
        Message newest = message(business, T0.plusSeconds(180), Urgency.URGENT);
        for (Message message : List.of(old, urgent, read, newest)) {
            messages().add(message);
        }

        assertThat(messages().list(business, MessageQuery.newest()).items()).containsExactly(newest, read, urgent, old);
        Page<Message> unread = messages().list(business, MessageQuery.newest().unread());
        assertThat(unread.items()).containsExactly(newest, urgent, old);
        assertThat(unread.total()).isEqualTo(3);
        assertThat(messages().list(business, MessageQuery.newest().withUrgency(Urgency.URGENT)).items())
                .containsExactly(newest, urgent);
        Page<Message> range = messages().list(business, MessageQuery.newest().withRange(T0.plusSeconds(60), T0.plusSeconds(180)));
        assertThat(range.items()).containsExactly(read, urgent);
        assertThat(range.total()).isEqualTo(2);
        assertThat(messages().list(business, MessageQuery.newest().unread().withUrgency(Urgency.LOW)
                .withRange(T0, T0.plusSeconds(1))).items()).containsExactly(old);
    }

    @Test
    void pagesThroughMessagesTakenAtTheSameInstant() {
        BusinessId business = business();
        List<MessageId> stored = new ArrayList<>();
        for (String prefix : List.of("0fffffff", "7fffffff", "80000000", "f0000000")) {
            Message message = Message.take(new MessageId(UUID.fromString(prefix + UUID.randomUUID().toString().substring(8))),
                    business, Optional.empty(), "Caller " + prefix, null, null, "", Urgency.NORMAL, T0);
            messages().add(message);
            stored.add(message.id());
        }

        MessageQuery query = MessageQuery.newest().withLimit(3);
        Page<Message> first = messages().list(business, query);
        Page<Message> second = messages().list(business, query.after(first.nextCursor().orElseThrow()));

        assertThat(first.items()).extracting(Message::id).containsExactly(stored.get(3), stored.get(2), stored.get(1));
        assertThat(second.items()).extracting(Message::id).containsExactly(stored.get(0));
        assertThat(second.nextCursor()).isEmpty();
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void aMessageCannotBeLinkedToAnotherBusinesssCall() {
        BusinessId owner = business();
        BusinessId intruder = business();
        CallId ownersCall = call(owner);
        Message message = Message.take(MessageId.newId(), intruder, Optional.of(ownersCall), "Mallory", null, null,
                "Linking to a call that is not mine", Urgency.NORMAL, T0);

        assertThatThrownBy(() -> messages().add(message)).isInstanceOf(IllegalArgumentException.class);
        assertThat(messages().findById(intruder, message.id())).isEmpty();
        assertThat(messages().countUnread(intruder)).isZero();
    }

    @Test
    void anotherBusinessSeesNoneOfTheMessages() {
        BusinessId owner = business();
        BusinessId intruder = business();
        Message message = message(owner, T0, Urgency.URGENT);
        messages().add(message);
        messages().add(message(owner, T0.plusSeconds(1), Urgency.URGENT));

        assertThat(messages().findById(intruder, message.id())).isEmpty();
        assertThat(messages().countUnread(intruder)).isZero();
        Page<Message> page = messages().list(intruder, MessageQuery.newest());
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        String ownersCursor = messages().list(owner, MessageQuery.newest().withLimit(1)).nextCursor().orElseThrow();
        assertThat(messages().list(intruder, MessageQuery.newest().after(ownersCursor)).items()).isEmpty();
        Message disguised = new Message(message.id(), intruder, Optional.empty(), Optional.of("Mallory"), Optional.empty(),
                Optional.empty(), Optional.empty(), "", Urgency.LOW, T0, Optional.of(T0.plusSeconds(5)));
        assertThatThrownBy(() -> messages().update(disguised)).isInstanceOf(IllegalStateException.class);
        assertThat(messages().findById(owner, message.id())).contains(message);
    }

    protected BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Message Shop", T0.minusSeconds(86_400));
        businesses().add(business);
        return business.id();
    }

    protected CallId call(BusinessId business) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100", Optional.empty(),
                T0.minusSeconds(60));
        calls().add(call);
        return call.id();
    }

    protected static Message message(BusinessId business, Instant at, Urgency urgency) {
        return Message.take(MessageId.newId(), business, Optional.empty(), "Caller", "+12125550199", null,
                "Please call back", urgency, at);
    }
}
