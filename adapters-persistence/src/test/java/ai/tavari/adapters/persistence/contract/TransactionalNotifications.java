package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.notification.JpaNotificationOutbox;
import ai.tavari.adapters.persistence.notification.JpaNotificationPreferences;
import ai.tavari.adapters.persistence.notification.JpaTrialCandidates;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.port.out.notification.ClaimedNotification;
import ai.tavari.application.port.out.notification.NotificationOutbox;
import ai.tavari.application.port.out.notification.NotificationPreferencesRepository;
import ai.tavari.application.port.out.notification.OutgoingNotification;
import ai.tavari.application.port.out.notification.StoredNotification;
import ai.tavari.application.port.out.notification.TrialCandidates;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.notification.NotificationPreferences;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The real notification adapters, each call in its own transaction as a use case would make it. */
public final class TransactionalNotifications {
    private TransactionalNotifications() {
    }

    public static NotificationOutbox outbox(PostgresTestDatabase db) {
        return new NotificationOutbox() {
            @Override
            public boolean enqueue(OutgoingNotification notification) {
                return db.call(em -> new JpaNotificationOutbox(em).enqueue(notification));
            }

            @Override
            public List<ClaimedNotification> claimDue(Set<Channel> channels, Instant now, Instant leaseUntil, int limit) {
                return db.call(em -> new JpaNotificationOutbox(em).claimDue(channels, now, leaseUntil, limit));
            }

            @Override
            public void markSent(UUID id, int attempt, Instant at) {
                db.run(em -> new JpaNotificationOutbox(em).markSent(id, attempt, at));
            }

            @Override
            public void markFailed(UUID id, int attempt, String error, Optional<Instant> retryAt) {
                db.run(em -> new JpaNotificationOutbox(em).markFailed(id, attempt, error, retryAt));
            }

            @Override
            public List<StoredNotification> recent(BusinessId businessId, int limit) {
                return db.call(em -> new JpaNotificationOutbox(em).recent(businessId, limit));
            }
        };
    }

    static NotificationPreferencesRepository preferences(PostgresTestDatabase db) {
        return new NotificationPreferencesRepository() {
            @Override
            public NotificationPreferences find(BusinessId businessId) {
                return db.call(em -> new JpaNotificationPreferences(em, Clock.systemUTC()).find(businessId));
            }

            @Override
            public void save(BusinessId businessId, NotificationPreferences preferences) {
                db.run(em -> new JpaNotificationPreferences(em, Clock.systemUTC()).save(businessId, preferences));
            }

            @Override
            public List<BusinessId> optedIn(NotificationEvent event) {
                return db.call(em -> new JpaNotificationPreferences(em, Clock.systemUTC()).optedIn(event));
            }
        };
    }

    static TrialCandidates trials(PostgresTestDatabase db) {
        return (signedUpFrom, signedUpBefore, trialEndsFrom, trialEndsBefore) -> db.call(em ->
                new JpaTrialCandidates(em).find(signedUpFrom, signedUpBefore, trialEndsFrom, trialEndsBefore));
    }
}
