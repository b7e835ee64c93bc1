package ai.tavari.adapters.persistence.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.message.JpaMessageRepository;
import ai.tavari.adapters.persistence.testing.LockWaits;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only the database shows: which rows an update writes, real races, and the schema's own rules. */
class JpaCallSessionRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");
    private static PostgresTestDatabase db;
    private final CallSessionVersions versions = new CallSessionVersions();

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void appendingTurnsInsertsOnlyTheNewRows() throws SQLException {
        CallSession call = inConversation(business());
        for (int i = 0; i < 3; i++) {
            call.addTurn(Speaker.AGENT, "turn " + i, T0.plusSeconds(10 + i));
        }
        db.run(em -> repository(em).add(call));
        Map<Integer, String> before = rowVersions(call.id());

        call.addTurn(Speaker.CALLER, "turn 3", T0.plusSeconds(20));
        call.addTurn(Speaker.AGENT, "turn 4", T0.plusSeconds(21));
        db.run(em -> repository(em).update(call));

        Map<Integer, String> after = rowVersions(call.id());
        assertThat(after).hasSize(5);
        for (int seq = 0; seq < 3; seq++) {
            assertThat(after.get(seq)).as("row %d untouched", seq).isEqualTo(before.get(seq));
        }
    }

    @Test
    void aLateTurnRewritesOnlyTheRowsFromWhereItLands() throws SQLException {
        CallSession call = inConversation(business());
        for (int i = 0; i < 4; i++) {
            call.addTurn(Speaker.AGENT, "turn " + i, T0.plusSeconds(10 + 2 * i));
        }
        db.run(em -> repository(em).add(call));
        Map<Integer, String> before = rowVersions(call.id());

        call.addTurn(Speaker.CALLER, "late", T0.plusSeconds(13));
        db.run(em -> repository(em).update(call));

        Map<Integer, String> after = rowVersions(call.id());
        assertThat(after).hasSize(5);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1)).isEqualTo(before.get(1));
        assertThat(after.get(2)).isNotEqualTo(before.get(2));
        CallSession stored = db.call(em -> repository(em).findById(call.businessId(), call.id()).orElseThrow());
        assertThat(stored.transcript()).isEqualTo(call.transcript());
    }

    @Test
    void anUpdateWaitingOnAConcurrentOneFailsAsStaleOnceTheOtherCommits() throws Exception {
        CallSession added = inConversation(business());
        db.run(em -> repository(em).add(added));
        CallSession first = db.call(em -> repository(em).findById(added.businessId(), added.id()).orElseThrow());
        CallSession second = db.call(em -> repository(em).findById(added.businessId(), added.id()).orElseThrow());
        first.recordIntent(Intent.HOURS);
        second.recordIntent(Intent.FAQ);
        second.addTurn(Speaker.CALLER, "Do you take walk-ins?", T0.plusSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        try {
            Future<?> firstUpdate = pool.submit(() -> db.run(em -> {
                repository(em).update(first);
                firstWritten.countDown();
                await(commitFirst);
            }));
            assertThat(firstWritten.await(10, TimeUnit.SECONDS)).isTrue();
            // the second reads the committed version (the first has not committed), passes the
            // version check and then waits for the first's row lock in its UPDATE
            Future<?> secondUpdate = pool.submit(() -> db.run(em -> repository(em).update(second)));
            LockWaits.awaitBlocked(db, "UPDATE call_sessions");
            commitFirst.countDown();

            firstUpdate.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> secondUpdate.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StaleDataException.class);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        CallSession stored = db.call(em -> repository(em).findById(added.businessId(), added.id()).orElseThrow());
        assertThat(stored.intent()).contains(Intent.HOURS);
        assertThat(stored.transcript()).isEmpty();
    }

    @Test
    void aCallCanLinkOnlyAMessageTakenOnIt() {
        BusinessId business = business();
        CallSession call = inConversation(business);
        CallSession otherCall = inConversation(business);
        db.run(em -> {
            repository(em).add(call);
            repository(em).add(otherCall);
        });
        Message otherCallsMessage = message(business, otherCall.id());
        db.run(em -> new JpaMessageRepository(em).add(otherCallsMessage));

        call.linkMessage(otherCallsMessage.id());

        assertThatThrownBy(() -> db.run(em -> repository(em).update(call)))
                .hasStackTraceContaining("call_sessions_linked_message_fkey");
        CallSession reloaded = db.call(em -> repository(em).findById(business, call.id()).orElseThrow());
        assertThat(reloaded.linkedMessageId()).isEmpty();
    }

    @Test
    void aCallMayLinkItsMessageBeforeTheMessageIsWrittenInTheSameTransaction() {
        BusinessId business = business();
        CallSession call = inConversation(business);
        Message message = message(business, call.id());
        call.linkMessage(message.id());

        db.run(em -> {
            repository(em).add(call);
            new JpaMessageRepository(em).add(message);
        });

        CallSession stored = db.call(em -> repository(em).findById(business, call.id()).orElseThrow());
        assertThat(stored.linkedMessageId()).contains(message.id());
    }

    @Test
    void deletingAMessageUnlinksItAndDeletingTheBusinessRemovesCallsAndMessages() throws SQLException {
        BusinessId business = business();
        CallSession call = inConversation(business);
        Message message = message(business, call.id());
        Message second = message(business, call.id());
        call.linkMessage(message.id());
        db.run(em -> {
            repository(em).add(call);
            new JpaMessageRepository(em).add(message);
            new JpaMessageRepository(em).add(second);
        });

        execute("DELETE FROM messages WHERE id = '" + message.id() + "'");
        CallSession unlinked = db.call(em -> repository(em).findById(business, call.id()).orElseThrow());
        assertThat(unlinked.linkedMessageId()).isEmpty();

        execute("DELETE FROM businesses WHERE id = '" + business + "'");
        assertThat(count("SELECT count(*) FROM call_sessions WHERE business_id = '" + business + "'")).isZero();
        assertThat(count("SELECT count(*) FROM messages WHERE business_id = '" + business + "'")).isZero();
    }

    @Test
    void theSchemaRefusesFactsThatDoNotFitTheCallsState() throws SQLException {
        CallSession call = inConversation(business());
        db.run(em -> repository(em).add(call));
        String row = " WHERE id = '" + call.id() + "'";

        assertViolates("UPDATE call_sessions SET answered_at = NULL" + row, "call_sessions_conversation_check");
        assertViolates("UPDATE call_sessions SET state = 'TRANSFERRING'" + row, "call_sessions_transferring_check");
        assertViolates("UPDATE call_sessions SET state = 'RINGING'" + row, "call_sessions_ringing_check");
        assertViolates("UPDATE call_sessions SET max_duration_seconds = NULL" + row, "call_sessions_authorization_check");
        assertViolates("UPDATE call_sessions SET rejection_reason = 'NO_SUBSCRIPTION'" + row,
                "call_sessions_rejection_outcome_check");
        assertViolates("UPDATE call_sessions SET cost_ai_minor = 5" + row, "call_sessions_cost_check");
        assertViolates("UPDATE call_sessions SET cost_ai_minor = 5, cost_telephony_minor = 1, cost_currency = 'usd'" + row,
                "call_sessions_cost_currency_check");
        assertViolates("UPDATE call_sessions SET answered_at = authorized_at - interval '1 second'" + row,
                "call_sessions_answered_check");
        assertViolates("UPDATE call_sessions SET duration_seconds = 5" + row, "call_sessions_duration_check");
        assertViolates("UPDATE call_sessions SET transfer_number = '555-0123'" + row, "call_sessions_transfer_number_check");
    }

    @Test
    void aMaximumDurationFinerThanSecondsIsRefusedRatherThanCut() {
        CallSession call = CallSession.ring(CallId.newId(), business(), "+12125550199", "+13125550100", Optional.empty(), T0);
        call.authorize(T0.plusSeconds(1), Duration.ofMillis(90_500));

        assertThatThrownBy(() -> db.run(em -> repository(em).add(call))).isInstanceOf(IllegalArgumentException.class);
    }

    private JpaCallSessionRepository repository(jakarta.persistence.EntityManager em) {
        return new JpaCallSessionRepository(em, versions);
    }

    private static BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Race Shop", T0.minusSeconds(3600));
        db.run(em -> new JpaBusinessRepository(em, Clock.fixed(T0, ZoneOffset.UTC)).add(business));
        return business.id();
    }

    private static CallSession inConversation(BusinessId business) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100",
                Optional.of("vox-" + UUID.randomUUID()), T0);
        call.authorize(T0.plusSeconds(1), Duration.ofMinutes(30));
        call.startConversation(T0.plusSeconds(2));
        return call;
    }

    private static Message message(BusinessId business, CallId call) {
        return Message.take(MessageId.newId(), business, Optional.of(call), "Jane", "+12125550199", null, "Call back",
                Urgency.NORMAL, T0.plusSeconds(20));
    }

    /** Each turn row's physical version: it changes whenever the row is updated or deleted and inserted again. */
    private static Map<Integer, String> rowVersions(CallId call) throws SQLException {
        Map<Integer, String> versions = new LinkedHashMap<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT seq, xmin::text || '/' || ctid::text FROM call_transcript_turns WHERE call_id = ? ORDER BY seq")) {
            s.setObject(1, call.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.put(r.getInt(1), r.getString(2));
                }
            }
        }
        return versions;
    }

    private static void assertViolates(String sql, String constraint) {
        assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(constraint);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
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
