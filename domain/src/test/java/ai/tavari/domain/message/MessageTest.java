package ai.tavari.domain.message;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.CALLER_PHONE;
import static ai.tavari.domain.fixtures.DomainFixtures.CALL_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.MESSAGE_ID;
import static ai.tavari.domain.fixtures.DomainFixtures.NOW;
import static ai.tavari.domain.fixtures.DomainFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTest {

    @Test
    void aTakenMessageIsUnreadAndKeepsBothFormsOfTheNumber() {
        Message message = message();
        assertThat(message.isRead()).isFalse();
        assertThat(message.readAt()).isEmpty();
        assertThat(message.callId()).contains(CALL_ID);
        assertThat(message.callerName()).contains("Jane Doe");
        assertThat(message.callbackNumberAsGiven()).contains("+1 (212) 555-0199");
        assertThat(message.callbackNumber()).contains(CALLER_PHONE);
        assertThat(message.createdAt()).isEqualTo(NOW);
        assertThat(message.isUrgent()).isFalse();
    }

    @Test
    void anUnusableNumberIsKeptAsGiven() {
        Message message = Message.take(MESSAGE_ID, BUSINESS_ID, Optional.empty(), "Sam", "five five five, one two",
                null, "Call back", Urgency.LOW, NOW);
        assertThat(message.callbackNumber()).isEmpty();
        assertThat(message.callbackNumberAsGiven()).contains("five five five, one two");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+14155550123 | +14155550123",
            "+1 415 555 0123 | +14155550123",
            "+1-415-555-0123 | +14155550123",
            "+44 (20) 7946.0958 | +442079460958"})
    void parsesE164FromFreeText(String text, String e164) {
        assertThat(Message.parseE164(text)).contains(PhoneNumber.of(e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4155550123", "555-0123", "", "call me"})
    void noE164InText(String text) {
        assertThat(Message.parseE164(text)).isEmpty();
        assertThat(Message.parseE164(null)).isEmpty();
    }

    @Test
    void markReadIsIdempotentAndKeepsTheFirstTime() {
        Message read = message().markRead(NOW.plusSeconds(60));
        assertThat(read.isRead()).isTrue();
        assertThat(read.readAt()).contains(NOW.plusSeconds(60));
        assertThat(read.markRead(NOW.plusSeconds(120))).isSameAs(read);
    }

    @Test
    void markUnreadIsIdempotent() {
        Message unread = message().markRead(NOW.plusSeconds(60)).markUnread();
        assertThat(unread.isRead()).isFalse();
        assertThat(unread).isEqualTo(message());
        assertThat(unread.markUnread()).isSameAs(unread);
    }

    @Test
    void textIsStrippedAndLimited() {
        Message message = Message.take(MESSAGE_ID, BUSINESS_ID, null, "  ", null, " jane@example.com ", "  Leak!  ",
                Urgency.URGENT, NOW);
        assertThat(message.callerName()).isEmpty();
        assertThat(message.callerEmail()).contains("jane@example.com");
        assertThat(message.reason()).isEqualTo("Leak!");
        assertThat(message.callId()).isEmpty();

        assertThatThrownBy(() -> Message.take(MESSAGE_ID, BUSINESS_ID, null, "x", null, null, "r".repeat(1001),
                Urgency.NORMAL, NOW)).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> Message.take(MESSAGE_ID, BUSINESS_ID, null, "n".repeat(101), null, null, "r",
                Urgency.NORMAL, NOW)).extracting("field").isEqualTo("callerName");
        assertThatThrownBy(() -> Message.take(MESSAGE_ID, BUSINESS_ID, null, "n", "1".repeat(41), null, "r",
                Urgency.NORMAL, NOW)).extracting("field").isEqualTo("callbackNumber");
    }

    @Test
    void anEmptyMessageIsRejected() {
        assertThatThrownBy(() -> Message.take(MESSAGE_ID, BUSINESS_ID, null, " ", " ", null, " ", Urgency.NORMAL, NOW))
                .extracting("field").isEqualTo("reason");
        assertThat(Message.take(MESSAGE_ID, BUSINESS_ID, null, null, "+14155550123", null, null, Urgency.NORMAL, NOW)
                .reason()).isEmpty();
    }
}
