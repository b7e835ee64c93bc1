package ai.tavari.adapters.persistence.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.LockWaits;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only the database shows: the columns the wizard's progress lives in, and real races. */
class JpaAgentSetupRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
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
    void savedStepsAreStoredByNameInWizardOrder() throws Exception {
        AgentProfile profile = newAgent();
        AgentSetup read = load(profile.businessId());

        db.run(em -> new JpaAgentSetupRepository(em, CLOCK).save(read.with(profile,
                EnumSet.of(SetupStep.MESSAGE_SETTINGS, SetupStep.BUSINESS_INFO, SetupStep.HOURS), Optional.of(NOW))));

        try (Connection connection = db.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT saved_steps, finalized_at FROM ai_agents WHERE business_id = ?")) {
            query.setObject(1, profile.businessId().value());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString("saved_steps")).isEqualTo("BUSINESS_INFO,HOURS,MESSAGE_SETTINGS");
                assertThat(row.getTimestamp("finalized_at").toInstant()).isEqualTo(NOW);
            }
        }
    }

    @Test
    void aSaveWaitingOnAConcurrentOneFailsAsStaleOnceTheOtherCommits() throws Exception {
        AgentProfile profile = newAgent();
        AgentSetup read = load(profile.businessId());

        assertSecondOfTwoRacingWritesIsStale(
                em -> new JpaAgentSetupRepository(em, CLOCK).save(read.with(profile.withAgentName("First"),
                        EnumSet.of(SetupStep.GREETING_AND_VOICE), Optional.empty())),
                em -> new JpaAgentSetupRepository(em, CLOCK).save(read.with(profile.withAgentName("Second"),
                        EnumSet.of(SetupStep.GREETING_AND_VOICE), Optional.empty())),
                "UPDATE ai_agents");

        assertThat(load(profile.businessId()).profile().agentName()).isEqualTo("First");
    }

    @Test
    void aBusinessUpdateWaitingOnAConcurrentOneFailsAsStale() throws Exception {
        AgentProfile profile = newAgent();
        Business business = db.call(em -> new JpaBusinessRepository(em, CLOCK).findById(profile.businessId()).orElseThrow());

        assertSecondOfTwoRacingWritesIsStale(
                em -> new JpaBusinessRepository(em, CLOCK).update(business.withInfo("First", PhoneNumber.of("+14155550123"),
                        ZoneId.of("America/Chicago"), null, null)),
                em -> new JpaBusinessRepository(em, CLOCK).update(business.withInfo("Second", PhoneNumber.of("+14155550199"),
                        ZoneId.of("America/Denver"), null, null)),
                "UPDATE businesses");

        assertThat(db.call(em -> new JpaBusinessRepository(em, CLOCK).findById(profile.businessId())).orElseThrow().name())
                .isEqualTo("First");
    }

    /**
     * The second transaction starts after the first wrote but before it committed: it still reads
     * the committed version, passes the version check, waits for the first's row lock, and then
     * finds its UPDATE ... WHERE version = ? matching nothing.
     */
    private static void assertSecondOfTwoRacingWritesIsStale(Consumer<EntityManager> first,
            Consumer<EntityManager> second, String blockedStatement) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<?> firstWrite = pool.submit(() -> db.run(em -> {
                first.accept(em);
                firstWritten.countDown();
                await(commitFirst);
            }));
            assertThat(firstWritten.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> secondWrite = pool.submit(() -> db.run(second));
            LockWaits.awaitBlocked(db, blockedStatement);
            commitFirst.countDown();

            firstWrite.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> secondWrite.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StaleDataException.class);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    private static AgentSetup load(BusinessId id) {
        return db.call(em -> new JpaAgentSetupRepository(em, CLOCK).findByBusiness(id)).orElseThrow();
    }

    private static AgentProfile newAgent() {
        Business business = Business.signedUp(BusinessId.newId(), "Bella Hair", NOW);
        AgentProfile profile = AgentProfile.defaultFor(business);
        db.run(em -> new JpaBusinessRepository(em, CLOCK).add(business));
        db.run(em -> new JpaAgentProfileRepository(em, CLOCK).save(profile));
        return profile;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
