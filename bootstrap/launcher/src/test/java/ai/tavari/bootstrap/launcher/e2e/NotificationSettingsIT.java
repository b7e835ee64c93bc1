package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The owner's notification channels and list over HTTP: validation, and each owner sees only their own. */
@ExtendWith(RunningTavari.class)
class NotificationSettingsIT {
    @Test
    void anOwnerChoosesChannelsPerEventWithFieldErrorsForBadInput(TavariServer server) {
        Owner owner = new OwnerApi(server).signUp("Settings Salon");

        JsonObject defaults = ok(owner.get("api/notifications/settings"));
        assertThat(choice(defaults, "URGENT_MESSAGE")).isEqualTo("true/true");
        assertThat(choice(defaults, "NEW_MESSAGE")).isEqualTo("true/false");
        assertThat(defaults.getString("emailRecipient")).as("the log-in e-mail until one is set").isEqualTo(owner.email());
        assertThat(defaults.getBoolean("emailConfigured")).isTrue();
        assertThat(defaults.getBoolean("smsConfigured")).isFalse();

        JsonObject changed = ok(owner.put("api/notifications/settings", """
                {"events":[{"event":"NEW_MESSAGE","email":false,"sms":true},{"event":"usage_alert","email":true,"sms":true}]}"""));
        assertThat(choice(changed, "NEW_MESSAGE")).isEqualTo("false/true");
        assertThat(choice(changed, "USAGE_ALERT")).isEqualTo("true/true");
        assertThat(choice(ok(owner.get("api/notifications/settings")), "NEW_MESSAGE")).isEqualTo("false/true");

        Answer bad = owner.put("api/notifications/settings", """
                {"events":[{"event":"FAXES","email":true,"sms":false},{"event":"NEW_MESSAGE","email":true}]}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.object().getString("type")).isEqualTo("/problems/validation");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("events[0].event", "events[1].sms");
        assertThat(owner.put("api/notifications/settings", """
                {"events":[],"extra":1}""").status()).as("strict JSON").isEqualTo(400);
        assertThat(owner.get("api/notifications?limit=0").errorFields()).containsExactly("limit");
        assertThat(new OwnerApi(server).anonymous("GET", "api/notifications/settings", null).status()).isEqualTo(401);
    }

    @Test
    void anotherOwnerSeesNeitherTheSettingsNorTheNotificationsOfTheFirst(TavariServer server) throws Exception {
        OwnerApi api = new OwnerApi(server);
        Owner a = api.signUp("Tenant A Notices");
        Owner b = api.signUp("Tenant B Notices");
        ok(a.put("api/notifications/settings", """
                {"events":[{"event":"PAYMENT_FAILED","email":false,"sms":false}]}"""));
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement insert = db.prepareStatement("INSERT INTO notifications (id, business_id, kind, channel,"
                     + " recipient, subject, body_text, dedupe_key, status, attempts, next_attempt_at, last_error,"
                     + " created_at) VALUES (?::uuid, ?::uuid, 'PAYMENT_FAILED', 'EMAIL', 'a@tenant.example',"
                     + " 'Payment failed for Tenant A', 'text', ?, 'FAILED', 8, now(), '550 mailbox full', now())")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, a.businessId());
            insert.setString(3, "payment-failed:" + UUID.randomUUID() + ":email");
            insert.executeUpdate();
        }

        List<JsonObject> mine = ok(a.get("api/notifications")).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(mine).singleElement().satisfies(item -> {
            assertThat(item.getString("status")).isEqualTo("FAILED");
            assertThat(item.getString("lastError")).isEqualTo("550 mailbox full");
            assertThat(item.getInt("attempts")).isEqualTo(8);
        });
        Answer theirs = b.get("api/notifications");
        assertThat(ok(theirs).getJsonArray("items")).isEmpty();
        assertThat(theirs.body()).doesNotContain("Tenant A", "a@tenant.example");
        assertThat(choice(ok(b.get("api/notifications/settings")), "PAYMENT_FAILED")).isEqualTo("true/true");
    }

    private static JsonObject ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static String choice(JsonObject settings, String event) {
        JsonObject found = settings.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("event").equals(event)).findFirst().orElseThrow();
        return found.getBoolean("email") + "/" + found.getBoolean("sms");
    }
}
