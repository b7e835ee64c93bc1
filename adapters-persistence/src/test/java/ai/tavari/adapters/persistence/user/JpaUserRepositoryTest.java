package ai.tavari.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaUserRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void storesAndFindsOwnerByEmailWhateverTheCase() {
        Business business = newBusiness("Bella Hair");
        User owner = User.owner(UserId.newId(), business.id(), EmailAddress.of("Owner@Bella.example"), "$argon2id$hash", NOW);
        db.run(em -> new JpaUserRepository(em).add(owner));

        User found = db.call(em -> new JpaUserRepository(em).findByEmail(EmailAddress.of("OWNER@bella.example")).orElseThrow());

        assertThat(found).usingRecursiveComparison().isEqualTo(owner);
    }

    @Test
    void refusesSecondAccountForSameEmailInAnyCase() {
        Business first = newBusiness("First");
        Business second = newBusiness("Second");
        db.run(em -> new JpaUserRepository(em).add(
                User.owner(UserId.newId(), first.id(), EmailAddress.of("dup@example.com"), "$argon2id$a", NOW)));

        assertThatThrownBy(() -> db.run(em -> new JpaUserRepository(em).add(
                User.owner(UserId.newId(), second.id(), EmailAddress.of("DUP@example.com"), "$argon2id$b", NOW))))
                .isInstanceOf(EmailAlreadyRegisteredException.class);
    }

    @Test
    void databaseRejectsMixedCaseEmailWrittenAroundTheDomain() throws SQLException {
        Business business = newBusiness("Raw Writer");
        try (Connection c = db.connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO users (id, business_id, email, password_hash, role, created_at) "
                     + "VALUES (gen_random_uuid(), ?, 'Mixed@Example.com', 'x', 'OWNER', now())")) {
            insert.setObject(1, business.id().value());
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("users_email_check");
        }
    }

    @Test
    void findByIdIsScopedToTheBusiness() {
        Business mine = newBusiness("Mine");
        Business theirs = newBusiness("Theirs");
        User owner = User.owner(UserId.newId(), mine.id(), EmailAddress.of("scoped@example.com"), "$argon2id$c", NOW);
        db.run(em -> new JpaUserRepository(em).add(owner));

        Optional<User> asMine = db.call(em -> new JpaUserRepository(em).findById(mine.id(), owner.id()));
        Optional<User> asTheirs = db.call(em -> new JpaUserRepository(em).findById(theirs.id(), owner.id()));
        assertThat(asMine).isPresent();
        assertThat(asTheirs).isEmpty();
    }

    @Test
    void timestampsSurviveTheRoundTripToTheMicrosecond() {
        Instant precise = Instant.parse("2026-03-08T06:59:59.123456Z");
        Business business = newBusiness("Precise");
        User owner = User.owner(UserId.newId(), business.id(), EmailAddress.of("precise@example.com"), "$argon2id$d", precise);
        db.run(em -> new JpaUserRepository(em).add(owner));

        User found = db.call(em -> new JpaUserRepository(em).findByEmail(owner.email()).orElseThrow());

        assertThat(found.createdAt()).isEqualTo(precise.truncatedTo(ChronoUnit.MICROS));
    }

    private static Business newBusiness(String name) {
        Business business = Business.signedUp(BusinessId.newId(), name, NOW);
        db.run(em -> new JpaBusinessRepository(em, Clock.fixed(NOW, ZoneOffset.UTC)).add(business));
        return business;
    }
}
