package ai.tavari.domain.agent;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_PHONE;
import static ai.tavari.domain.fixtures.DomainFixtures.OWNER_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageSettingsTest {
    private final MessageSettings defaults = MessageSettings.defaults();

    @Test
    void defaultsCollectNameNumberAndReason() {
        assertThat(defaults.fieldsToCollect())
                .containsExactly(MessageField.CALLER_NAME, MessageField.CALLBACK_NUMBER, MessageField.REASON);
        assertThat(defaults.collects(MessageField.EMAIL)).isFalse();
        assertThat(defaults.hasNotificationChannel()).isFalse();
        assertThat(defaults.urgentKeywords()).containsExactly("emergency", "urgent");
    }

    @Test
    void eitherChannelCounts() {
        assertThat(defaults.withNotificationEmail(Optional.of(OWNER_EMAIL)).hasNotificationChannel()).isTrue();
        assertThat(defaults.withSmsNumber(Optional.of(BUSINESS_PHONE)).hasNotificationChannel()).isTrue();
        assertThat(defaults.withSmsNumber(null).smsNumber()).isEmpty();
    }

    @Test
    void atLeastOneFieldToCollect() {
        assertThatThrownBy(() -> defaults.withFieldsToCollect(Set.of()))
                .extracting("field").isEqualTo("messageSettings.fieldsToCollect");
        assertThatThrownBy(() -> defaults.withFieldsToCollect(null))
                .extracting("field").isEqualTo("messageSettings.fieldsToCollect");
        assertThat(defaults.withFieldsToCollect(List.of(MessageField.EMAIL, MessageField.URGENCY)).fieldsToCollect())
                .containsExactly(MessageField.URGENCY, MessageField.EMAIL);
    }

    @Test
    void fieldSetIsImmutable() {
        Set<MessageField> fields = EnumSet.of(MessageField.REASON);
        MessageSettings settings = defaults.withFieldsToCollect(fields);
        fields.add(MessageField.EMAIL);
        assertThat(settings.fieldsToCollect()).containsExactly(MessageField.REASON);
        assertThatThrownBy(() -> settings.fieldsToCollect().add(MessageField.EMAIL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keywordsAreCleanedAndDeduplicated() {
        MessageSettings settings = defaults.withUrgentKeywords(List.of(" Burst  pipe ", "LEAK", "leak", "no heat"));
        assertThat(settings.urgentKeywords()).containsExactly("Burst pipe", "LEAK", "no heat");
        assertThat(defaults.withUrgentKeywords(null).urgentKeywords()).isEmpty();
    }

    @Test
    void keywordsAreLimited() {
        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add("word" + i);
        }
        assertThat(defaults.withUrgentKeywords(twenty).urgentKeywords()).hasSize(20);
        twenty.add("one too many");
        assertThatThrownBy(() -> defaults.withUrgentKeywords(twenty))
                .extracting("field").isEqualTo("messageSettings.urgentKeywords");
        assertThatThrownBy(() -> defaults.withUrgentKeywords(List.of("fine", "x".repeat(41))))
                .extracting("field").isEqualTo("messageSettings.urgentKeywords[1]");
        assertThatThrownBy(() -> defaults.withUrgentKeywords(Arrays.asList("fine", " ")))
                .extracting("field").isEqualTo("messageSettings.urgentKeywords[1]");
    }
}
