package ai.tavari.adapters.persistence.notification;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.ChannelChoice;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.notification.NotificationPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code notification_preferences}: one row per business and kind the owner chose for. */
@ApplicationScoped
public class JpaNotificationPreferences implements NotificationPreferencesRepository {
    private static final String UPSERT = "INSERT INTO notification_preferences (business_id, event, email, sms, updated_at)"
            + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS timestamptz))"
            + " ON CONFLICT (business_id, event) DO UPDATE SET email = excluded.email, sms = excluded.sms,"
            + " updated_at = excluded.updated_at";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;
    @Inject
    Clock clock;

    protected JpaNotificationPreferences() {
    }

    public JpaNotificationPreferences(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public NotificationPreferences find(BusinessId businessId) {
        List<Object[]> rows = em.createNativeQuery("SELECT event, email, sms FROM notification_preferences"
                        + " WHERE business_id = ?1")
                .setParameter(1, businessId.value())
                .getResultList();
        Map<NotificationEvent, ChannelChoice> choices = new EnumMap<>(NotificationEvent.class);
        for (Object[] row : rows) {
            choices.put(NotificationEvent.valueOf((String) row[0]), new ChannelChoice((Boolean) row[1], (Boolean) row[2]));
        }
        return new NotificationPreferences(choices);
    }

    @Override
    public void save(BusinessId businessId, NotificationPreferences preferences) {
        preferences.choices().forEach((event, choice) -> em.createNativeQuery(UPSERT)
                .setParameter(1, businessId.value())
                .setParameter(2, event.name())
                .setParameter(3, choice.email())
                .setParameter(4, choice.sms())
                .setParameter(5, Timestamps.toColumnMicros(clock.instant()))
                .executeUpdate());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BusinessId> optedIn(NotificationEvent event) {
        List<UUID> ids = em.createNativeQuery("SELECT business_id FROM notification_preferences"
                        + " WHERE event = ?1 AND (email OR sms)")
                .setParameter(1, event.name())
                .getResultList();
        return ids.stream().map(BusinessId::new).toList();
    }
}
