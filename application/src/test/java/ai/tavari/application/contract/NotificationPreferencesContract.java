package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.notification.NotificationPreferences;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationPreferencesRepository} must do; run against the in-memory fake and the real adapter. */
public abstract class NotificationPreferencesContract {
    protected abstract NotificationPreferencesRepository preferences();

    protected abstract BusinessRepository businesses();

    @Test
    void aBusinessThatNeverChoseHasTheDefaults() {
        assertThat(preferences().find(business())).isEqualTo(NotificationPreferences.defaults());
    }

    @Test
    void keepsEachBusinesssChoicesAndReplacesThemOnSave() {
        BusinessId business = business();
        BusinessId other = business();
        NotificationPreferences quiet = NotificationPreferences.defaults()
                .with(NotificationEvent.NEW_MESSAGE, ChannelChoice.NONE)
                .with(NotificationEvent.USAGE_ALERT, new ChannelChoice(true, true));

        preferences().save(business, quiet);
        assertThat(preferences().find(business)).isEqualTo(quiet);
        assertThat(preferences().find(other)).isEqualTo(NotificationPreferences.defaults());

        NotificationPreferences changed = quiet.with(NotificationEvent.NEW_MESSAGE, new ChannelChoice(false, true));
        preferences().save(business, changed);
        assertThat(preferences().find(business)).isEqualTo(changed);
    }

    @Test
    void listsTheBusinessesThatTurnedAnEventOn() {
        BusinessId digestByEmail = business();
        BusinessId digestBySms = business();
        BusinessId digestOff = business();
        BusinessId neverChose = business();
        preferences().save(digestByEmail, NotificationPreferences.defaults()
                .with(NotificationEvent.DAILY_DIGEST, new ChannelChoice(true, false)));
        preferences().save(digestBySms, NotificationPreferences.defaults()
                .with(NotificationEvent.DAILY_DIGEST, new ChannelChoice(false, true)));
        preferences().save(digestOff, NotificationPreferences.defaults());

        assertThat(preferences().optedIn(NotificationEvent.DAILY_DIGEST))
                .contains(digestByEmail, digestBySms).doesNotContain(digestOff, neverChose);
    }

    private BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Preferences Shop", Instant.parse("2026-11-01T00:00:00Z"));
        businesses().add(business);
        return business.id();
    }
}
