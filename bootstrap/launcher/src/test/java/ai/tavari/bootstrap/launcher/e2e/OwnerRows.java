package ai.tavari.bootstrap.launcher.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Calls, messages and metered minutes written straight into the running server's database, as the
 * call pipeline leaves them (the owner API cannot create them). Rows follow the schema's rules: an
 * ended call was authorized and answered, a message and its call point at each other, and usage
 * minutes fit the seconds.
 */
final class OwnerRows implements AutoCloseable {
    private final Connection db;

    OwnerRows(TavariServer server) throws SQLException {
        this.db = EmbeddedDb.connect(server.home());
        this.db.setAutoCommit(false);
    }

    /** A call of the business, to describe and then {@link NewCall#insert()}. */
    NewCall call(String businessId, Instant startedAt) {
        return new NewCall(businessId, startedAt);
    }

    /** Minutes metered for a call at {@code recordedAt}; {@code seconds} must round up to {@code minutes}. */
    void usage(String businessId, UUID callId, int minutes, int seconds, Instant recordedAt) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO usage_minutes"
                + " (call_id, business_id, minutes, seconds, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, callId);
            insert.setObject(2, UUID.fromString(businessId));
            insert.setInt(3, minutes);
            insert.setInt(4, seconds);
            insert.setTimestamp(5, Timestamp.from(recordedAt));
            insert.executeUpdate();
        }
        db.commit();
    }

    /** A call answered at its start that lasted {@code seconds}, with the minutes metered at its end. */
    UUID meteredCall(String businessId, Instant startedAt, int seconds) throws SQLException {
        UUID id = call(businessId, startedAt).seconds(seconds).insert();
        usage(businessId, id, (seconds + 59) / 60, seconds, startedAt.plusSeconds(seconds));
        return id;
    }

    /**
     * A notification in the outbox as the worker leaves it: {@code status} SENT (sent now), FAILED
     * (given up, with {@code lastError}) or PENDING (next attempt a day away, so no worker takes it
     * while the test looks).
     */
    void notification(String businessId, String kind, String channel, String recipient, String subject,
                      String status, int attempts, String lastError, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO notifications (id, business_id, kind, channel,"
                + " recipient, subject, body_text, dedupe_key, status, attempts, next_attempt_at, last_error, created_at,"
                + " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            UUID id = UUID.randomUUID();
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(businessId));
            insert.setString(3, kind);
            insert.setString(4, channel);
            insert.setString(5, recipient);
            insert.setString(6, subject);
            insert.setString(7, "About: " + subject);
            insert.setString(8, "test:" + id);
            insert.setString(9, status);
            insert.setInt(10, attempts);
            insert.setTimestamp(11, Timestamp.from(Instant.now().plus(java.time.Duration.ofDays(1))));
            insert.setString(12, lastError);
            insert.setTimestamp(13, Timestamp.from(createdAt));
            insert.setTimestamp(14, "SENT".equals(status) ? Timestamp.from(createdAt.plusSeconds(2)) : null);
            insert.executeUpdate();
        }
        db.commit();
    }

    String readAt(UUID messageId) throws SQLException {
        return EmbeddedDb.queryString(db, "SELECT read_at FROM messages WHERE id = '" + messageId + "'");
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    /** One call row, its transcript turns and, optionally, the message taken on it. */
    final class NewCall {
        private final UUID id = UUID.randomUUID();
        private final String businessId;
        private final Instant startedAt;
        private int seconds = 60;
        private String callerNumber = "+14155550123";
        private String outcome = "COMPLETED";
        private String intent = "HOURS";
        private String summary = "Asked about opening hours.";
        private String recordingUrl;
        private final List<String[]> turns = new ArrayList<>();
        private UUID messageId;
        private String callerName;
        private String callbackNumber;
        private String reason;
        private String urgency;
        private Instant messageReadAt;

        private NewCall(String businessId, Instant startedAt) {
            this.businessId = businessId;
            this.startedAt = startedAt;
        }

        NewCall seconds(int value) {
            this.seconds = value;
            return this;
        }

        NewCall caller(String number) {
            this.callerNumber = number;
            return this;
        }

        NewCall outcome(String value) {
            this.outcome = value;
            return this;
        }

        NewCall intent(String value) {
            this.intent = value;
            return this;
        }

        NewCall summary(String value) {
            this.summary = value;
            return this;
        }

        NewCall recording(String url) {
            this.recordingUrl = url;
            return this;
        }

        NewCall turn(String speaker, String text) {
            turns.add(new String[] {speaker, text});
            return this;
        }

        /** A message taken on this call (the call's outcome becomes MESSAGE_TAKEN unless set otherwise). */
        NewCall message(String name, String callback, String messageReason, String messageUrgency) {
            this.messageId = UUID.randomUUID();
            this.callerName = name;
            this.callbackNumber = callback;
            this.reason = messageReason;
            this.urgency = messageUrgency;
            return this;
        }

        NewCall messageReadAt(Instant readAt) {
            this.messageReadAt = readAt;
            return this;
        }

        UUID messageId() {
            return messageId;
        }

        /** Writes the call (and its turns and message) in one transaction; returns the call's id. */
        UUID insert() throws SQLException {
            Instant endedAt = startedAt.plusSeconds(seconds);
            try (PreparedStatement call = db.prepareStatement("INSERT INTO call_sessions (id, business_id,"
                    + " caller_number, called_number, state, outcome, intent, summary, started_at, authorized_at,"
                    + " answered_at, ended_at, max_duration_seconds, duration_seconds, billable_minutes,"
                    + " transfer_attempts, linked_message_id, recording_url)"
                    + " VALUES (?, ?, ?, '+14155550100', 'ENDED', ?, ?, ?, ?, ?, ?, ?, 1800, ?, ?, 0, ?, ?)")) {
                call.setObject(1, id);
                call.setObject(2, UUID.fromString(businessId));
                call.setString(3, callerNumber);
                call.setString(4, outcome);
                call.setString(5, intent);
                call.setString(6, summary);
                call.setTimestamp(7, Timestamp.from(startedAt));
                call.setTimestamp(8, Timestamp.from(startedAt));
                call.setTimestamp(9, Timestamp.from(startedAt));
                call.setTimestamp(10, Timestamp.from(endedAt));
                call.setInt(11, seconds);
                call.setInt(12, (seconds + 59) / 60);
                call.setObject(13, messageId);
                call.setString(14, recordingUrl);
                call.executeUpdate();
            }
            for (int seq = 0; seq < turns.size(); seq++) {
                try (PreparedStatement turn = db.prepareStatement("INSERT INTO call_transcript_turns"
                        + " (call_id, seq, speaker, text, spoken_at) VALUES (?, ?, ?, ?, ?)")) {
                    turn.setObject(1, id);
                    turn.setInt(2, seq);
                    turn.setString(3, turns.get(seq)[0]);
                    turn.setString(4, turns.get(seq)[1]);
                    turn.setTimestamp(5, Timestamp.from(startedAt.plusSeconds(seq + 1L)));
                    turn.executeUpdate();
                }
            }
            if (messageId != null) {
                try (PreparedStatement message = db.prepareStatement("INSERT INTO messages (id, business_id, call_id,"
                        + " caller_name, callback_number, callback_number_as_given, reason, urgency, created_at, read_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    message.setObject(1, messageId);
                    message.setObject(2, UUID.fromString(businessId));
                    message.setObject(3, id);
                    message.setString(4, callerName);
                    message.setString(5, callbackNumber != null && callbackNumber.matches("^\\+[1-9][0-9]{7,14}$")
                            ? callbackNumber : null);
                    message.setString(6, callbackNumber);
                    message.setString(7, reason);
                    message.setString(8, urgency);
                    message.setTimestamp(9, Timestamp.from(endedAt));
                    message.setTimestamp(10, messageReadAt == null ? null : Timestamp.from(messageReadAt));
                    message.executeUpdate();
                }
            }
            db.commit();
            return id;
        }
    }
}
