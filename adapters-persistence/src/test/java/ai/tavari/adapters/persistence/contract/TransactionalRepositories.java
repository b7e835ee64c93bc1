package ai.tavari.adapters.persistence.contract;

import ai.tavari.adapters.persistence.auth.JpaAuthSessionRepository;
import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.adapters.persistence.user.JpaUserRepository;
import ai.tavari.application.port.out.AuthSession;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
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
}
