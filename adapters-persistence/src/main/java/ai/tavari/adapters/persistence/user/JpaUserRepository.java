package ai.tavari.adapters.persistence.user;

import ai.tavari.adapters.persistence.support.ConstraintViolations;
import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.Role;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
    static final String EMAIL_KEY = "users_email_ci_key";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaUserRepository() {
    }

    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(User user) {
        UserEntity row = new UserEntity();
        row.id = user.id().value();
        row.businessId = user.businessId().value();
        row.email = user.email().value();
        row.passwordHash = user.passwordHash();
        row.role = user.role().name();
        row.createdAt = Timestamps.toColumn(user.createdAt());
        try {
            em.persist(row);
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e, EMAIL_KEY)) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return em.createQuery("select u from UserEntity u where lower(u.email) = :email", UserEntity.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst().map(JpaUserRepository::toDomain);
    }

    @Override
    public Optional<User> findById(BusinessId businessId, UserId id) {
        return em.createQuery("select u from UserEntity u where u.id = :id and u.businessId = :businessId", UserEntity.class)
                .setParameter("id", id.value())
                .setParameter("businessId", businessId.value())
                .getResultStream().findFirst().map(JpaUserRepository::toDomain);
    }

    @Override
    public Optional<User> findOwner(BusinessId businessId) {
        return em.createQuery("select u from UserEntity u where u.businessId = :businessId and u.role = :role"
                        + " order by u.createdAt, u.id", UserEntity.class)
                .setParameter("businessId", businessId.value())
                .setParameter("role", Role.OWNER.name())
                .setMaxResults(1)
                .getResultStream().findFirst().map(JpaUserRepository::toDomain);
    }

    private static User toDomain(UserEntity row) {
        return new User(new UserId(row.id), new BusinessId(row.businessId), EmailAddress.of(row.email), row.passwordHash,
                Role.valueOf(row.role), Timestamps.fromColumn(row.createdAt));
    }
}
