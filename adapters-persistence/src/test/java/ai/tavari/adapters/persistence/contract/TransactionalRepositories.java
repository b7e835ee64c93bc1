package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.call.JpaCallActivity;
import ai.tavari.adapters.persistence.number.JpaBusinessNumbers;
import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.CallActivity;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.Collection;
import java.util.List;

import ai.tavari.adapters.persistence.auth.JpaAuthSessionRepository;
import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.call.CallSessionVersions;
import ai.tavari.adapters.persistence.call.JpaCallSessionRepository;
import ai.tavari.adapters.persistence.event.JpaProcessedEvents;
import ai.tavari.adapters.persistence.message.JpaMessageRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.adapters.persistence.usage.JpaUsageLedger;
import ai.tavari.adapters.persistence.user.JpaUserRepository;
import ai.tavari.application.port.out.AuthSession;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.DailyMinutes;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.Page;
import ai.tavari.application.port.out.ProcessedEvents;
import ai.tavari.application.port.out.RecordedUsage;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The real adapters, each call in its own transaction as a use case would make it. */
final class TransactionalRepositories {
    private TransactionalRepositories() {
    }

    static BusinessRepository businesses(PostgresTestDatabase db, Clock clock) {
        return new BusinessRepository() {
            @Override
            public void add(Business business) {
                db.run(em -> new JpaBusinessRepository(em, clock).add(business));
            }

            @Override
            public void update(Business business) {
                db.run(em -> new JpaBusinessRepository(em, clock).update(business));
            }

            @Override
            public Optional<Business> findById(BusinessId id) {
                return db.call(em -> new JpaBusinessRepository(em, clock).findById(id));
            }
        };
    }

    static UserRepository users(PostgresTestDatabase db) {
        return new UserRepository() {
            @Override
            public void add(User user) {
                db.run(em -> new JpaUserRepository(em).add(user));
            }

            @Override
            public Optional<User> findByEmail(EmailAddress email) {
                return db.call(em -> new JpaUserRepository(em).findByEmail(email));
            }

            @Override
            public Optional<User> findById(BusinessId businessId, UserId id) {
                return db.call(em -> new JpaUserRepository(em).findById(businessId, id));
            }

            @Override
            public Optional<User> findOwner(BusinessId businessId) {
                return db.call(em -> new JpaUserRepository(em).findOwner(businessId));
            }
        };
    }

    static AuthSessionRepository sessions(PostgresTestDatabase db) {
        return new AuthSessionRepository() {
            @Override
            public void add(AuthSession session) {
                db.run(em -> new JpaAuthSessionRepository(em).add(session));
            }

            @Override
            public Optional<AuthSession> findById(UUID id) {
                return db.call(em -> new JpaAuthSessionRepository(em).findById(id));
            }

            @Override
            public void revoke(UUID id, Instant now) {
                db.run(em -> new JpaAuthSessionRepository(em).revoke(id, now));
            }
        };
    }

    /** {@code versions} is shared by all calls, as the one application-scoped adapter shares its own. */
    static CallSessionRepository calls(PostgresTestDatabase db, CallSessionVersions versions) {
        return new CallSessionRepository() {
            @Override
            public void add(CallSession call) {
                db.run(em -> new JpaCallSessionRepository(em, versions).add(call));
            }

            @Override
            public void update(CallSession call) {
                db.run(em -> new JpaCallSessionRepository(em, versions).update(call));
            }

            @Override
            public Optional<CallSession> findById(BusinessId businessId, CallId id) {
                return db.call(em -> new JpaCallSessionRepository(em, versions).findById(businessId, id));
            }

            @Override
            public Optional<CallSession> findByExternalId(String externalCallId) {
                return db.call(em -> new JpaCallSessionRepository(em, versions).findByExternalId(externalCallId));
            }

            @Override
            public long countActive(BusinessId businessId) {
                return db.call(em -> new JpaCallSessionRepository(em, versions).countActive(businessId));
            }

            @Override
            public long countActiveForAdmission(BusinessId businessId) {
                return db.call(em -> new JpaCallSessionRepository(em, versions).countActiveForAdmission(businessId));
            }

            @Override
            public Page<CallSummary> list(BusinessId businessId, CallQuery query) {
                return db.call(em -> new JpaCallSessionRepository(em, versions).list(businessId, query));
            }
        };
    }

    static MessageRepository messages(PostgresTestDatabase db) {
        return new MessageRepository() {
            @Override
            public void add(Message message) {
                db.run(em -> new JpaMessageRepository(em).add(message));
            }

            @Override
            public void update(Message message) {
                db.run(em -> new JpaMessageRepository(em).update(message));
            }

            @Override
            public Optional<Message> findById(BusinessId businessId, MessageId id) {
                return db.call(em -> new JpaMessageRepository(em).findById(businessId, id));
            }

            @Override
            public Page<Message> list(BusinessId businessId, MessageQuery query) {
                return db.call(em -> new JpaMessageRepository(em).list(businessId, query));
            }

            @Override
            public long countUnread(BusinessId businessId) {
                return db.call(em -> new JpaMessageRepository(em).countUnread(businessId));
            }
        };
    }

    static UsageLedger usage(PostgresTestDatabase db) {
        return new UsageLedger() {
            @Override
            public boolean record(BusinessId businessId, CallId callId, int billableMinutes, int seconds, Instant at) {
                return db.call(em -> new JpaUsageLedger(em).record(businessId, callId, billableMinutes, seconds, at));
            }

            @Override
            public Optional<RecordedUsage> recorded(BusinessId businessId, CallId callId) {
                return db.call(em -> new JpaUsageLedger(em).recorded(businessId, callId));
            }

            @Override
            public long minutesUsed(BusinessId businessId, UsagePeriod period) {
                return db.call(em -> new JpaUsageLedger(em).minutesUsed(businessId, period));
            }

            @Override
            public List<DailyMinutes> dailyMinutes(BusinessId businessId, UsagePeriod period, ZoneId zone) {
                return db.call(em -> new JpaUsageLedger(em).dailyMinutes(businessId, period, zone));
            }
        };
    }

    static BusinessNumbers businessNumbers(PostgresTestDatabase db) {
        return new BusinessNumbers() {
            @Override
            public Optional<BusinessId> businessFor(PhoneNumber number) {
                return db.call(em -> new JpaBusinessNumbers(em).businessFor(number));
            }

            @Override
            public Optional<PhoneNumber> numberOf(BusinessId businessId) {
                return db.call(em -> new JpaBusinessNumbers(em).numberOf(businessId));
            }

            @Override
            public boolean assign(BusinessId businessId, PhoneNumber number, Instant at) {
                return db.call(em -> new JpaBusinessNumbers(em).assign(businessId, number, at));
            }

            @Override
            public void unassign(BusinessId businessId, PhoneNumber number) {
                db.run(em -> new JpaBusinessNumbers(em).unassign(businessId, number));
            }
        };
    }

    static CallActivity callActivity(PostgresTestDatabase db) {
        return new CallActivity() {
            @Override
            public void touch(Collection<CallId> calls, Instant at) {
                db.run(em -> new JpaCallActivity(em).touch(calls, at));
            }

            @Override
            public List<SilentCall> silentSince(Instant cutoff, int limit) {
                return db.call(em -> new JpaCallActivity(em).silentSince(cutoff, limit));
            }
        };
    }

    static ProcessedEvents processedEvents(PostgresTestDatabase db) {
        return (source, eventId, at) -> db.call(em -> new JpaProcessedEvents(em).markProcessed(source, eventId, at));
    }
}
