package ai.tavari.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {
    @Test
    void everyEventHasItsDefaultUntilTheOwnerChooses() {
        NotificationPreferences defaults = NotificationPreferences.defaults();

        assertThat(defaults.choices()).containsOnlyKeys(NotificationEvent.values());
        assertThat(defaults.choiceFor(NotificationEvent.NEW_MESSAGE)).isEqualTo(new ChannelChoice(true, false));
        assertThat(defaults.choiceFor(NotificationEvent.URGENT_MESSAGE)).isEqualTo(new ChannelChoice(true, true));
        assertThat(defaults.choiceFor(NotificationEvent.DAILY_DIGEST)).isEqualTo(ChannelChoice.NONE);
    }

    @Test
    void aChoiceChangesOnlyItsEvent() {
        NotificationPreferences changed = NotificationPreferences.defaults()
                .with(NotificationEvent.USAGE_ALERT, new ChannelChoice(false, true));

        assertThat(changed.choiceFor(NotificationEvent.USAGE_ALERT)).isEqualTo(new ChannelChoice(false, true));
        assertThat(changed.choiceFor(NotificationEvent.NEW_MESSAGE)).isEqualTo(new ChannelChoice(true, false));
        assertThat(new NotificationPreferences(Map.of(NotificationEvent.USAGE_ALERT, new ChannelChoice(false, true))))
                .isEqualTo(changed);
    }

    @Test
    void aChoiceTellsItsChannels() {
        ChannelChoice smsOnly = new ChannelChoice(false, true);

        assertThat(smsOnly.uses(Channel.SMS)).isTrue();
        assertThat(smsOnly.uses(Channel.EMAIL)).isFalse();
    }
}
