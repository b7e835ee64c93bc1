package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do; run against the in-memory fake and the real adapter. */
public abstract class UserRepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract UserRepository users();

    protected abstract BusinessRepository businesses();

    @Test
    void findsAUserByEmailWhateverTheCaseItIsAskedIn() {
        User owner = owner(uniqueEmail("Case"));
        users().add(owner);

        assertThat(users().findByEmail(EmailAddress.of(owner.email().value().toUpperCase()))).contains(owner);
    }

    @Test
    void refusesASecondUserWithTheSameEmail() {
        String email = uniqueEmail("dup");
        users().add(owner(email));

        assertThatThrownBy(() -> users().add(owner(email.toUpperCase()))).isInstanceOf(EmailAlreadyRegisteredException.class);
    }

    @Test
    void findsByIdOnlyWithinItsOwnBusiness() {
        User owner = owner(uniqueEmail("scope"));
        users().add(owner);
        Business other = business();

        assertThat(users().findById(owner.businessId(), owner.id())).contains(owner);
        assertThat(users().findById(other.id(), owner.id())).isEmpty();
    }

    @Test
    void findsTheOwnerOfABusinessOnly() {
        User owner = owner(uniqueEmail("owner"));
        users().add(owner);

        assertThat(users().findOwner(owner.businessId())).contains(owner);
        assertThat(users().findOwner(business().id())).isEmpty();
    }

    @Test
    void unknownEmailIsAbsent() {
        assertThat(users().findByEmail(EmailAddress.of(uniqueEmail("nobody")))).isEmpty();
    }

    protected User owner(String email) {
        return User.owner(UserId.newId(), business().id(), EmailAddress.of(email), "$argon2id$v=19$hash", NOW);
    }

    protected Business business() {
        Business business = Business.signedUp(BusinessId.newId(), "Contract Shop", NOW);
        businesses().add(business);
        return business;
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
