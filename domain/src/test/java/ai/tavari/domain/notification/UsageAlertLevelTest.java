package ai.tavari.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageAlertLevelTest {
    @Test
    void reportsTheHighestLevelReached() {
        assertThat(UsageAlertLevel.reached(599, 750)).isEmpty();
        assertThat(UsageAlertLevel.reached(600, 750)).contains(UsageAlertLevel.EIGHTY_PERCENT);
        assertThat(UsageAlertLevel.reached(712, 750)).contains(UsageAlertLevel.EIGHTY_PERCENT);
        assertThat(UsageAlertLevel.reached(713, 750)).contains(UsageAlertLevel.NINETY_FIVE_PERCENT);
        assertThat(UsageAlertLevel.reached(750, 750)).contains(UsageAlertLevel.ALL_USED);
        assertThat(UsageAlertLevel.reached(900, 750)).contains(UsageAlertLevel.ALL_USED);
    }

    @Test
    void aPlanWithoutIncludedMinutesHasNothingToRunOutOf() {
        assertThat(UsageAlertLevel.reached(10, 0)).isEmpty();
    }
}
