package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.completeWizard;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.openai.fake.FakeRealtimeConnection;
import ai.tavari.adapters.telephony.fixtures.ScenarioEvents;
import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient;
import ai.tavari.adapters.telephony.fixtures.VoximplantMediaClient;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message taken during a live call reaches the owner's mailbox: the real server, started with
 * {@code TAVARI_MAIL_SMTP_HOST/PORT} pointing at a GreenMail SMTP server in this test JVM (the
 * fixed port of the failsafe configuration), sends it from its outbox in the background.
 */
@ExtendWith(RunningTavari.class)
class NotificationEmailIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Delivery polls every second in these tests; a first attempt may meet a connection refused before GreenMail started. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(120);
    private static final String CALLER = "+12125550199";
    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        int port = Integer.parseInt(System.getProperty("tavari.e2e.env.TAVARI_MAIL_SMTP_PORT", "26025"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMessageTakenDuringALiveCallArrivesAsAnEmailWithItsDetailsAndTheCallsLink(TavariServer server)
            throws Exception {
        String inbox = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@plumbing.example";
        Owner owner = new OwnerApi(server).signUp("Mail Plumbing");
        completeWizard(owner);
        assertThat(owner.post("api/setup/step1", SetupBodies.businessInfo("Mail Plumbing", "(415) 555-0123", "US",
                "America/Los_Angeles")).status()).isEqualTo(200);
        assertThat(owner.post("api/setup/step5", SetupBodies.messageSettings(inbox)).status()).isEqualTo(200);
        assertThat(owner.post("api/setup/finalize", null).status()).isEqualTo(200);
        String number = assignNumber(server, owner);
        SignedWebhookClient webhook = new SignedWebhookClient(server.baseUri(), TavariServer.VOXIMPLANT_WEBHOOK_SECRET);

        String voxCallId = "vox-" + UUID.randomUUID();
        SignedWebhookClient.Answer answer = webhook.post(ScenarioEvents.callStarted("e2e-" + UUID.randomUUID(), voxCallId,
                CALLER, number));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject decision = answer.json();
        String callId = decision.getString("callId");
        FakeRealtimeConnection ai = server.openAi().awaitConnection(WAIT);
        VoximplantMediaClient phone = VoximplantMediaClient.connect(decision.getString("mediaUrl"),
                decision.getString("token"));
        phone.startStreaming();
        ai.awaitSessionUpdate();
        ai.awaitResponse(0).awaitDone(WAIT);
        awaitIdle(ai);
        ai.callFunction("take_message", "{\"caller_name\":\"Dana Reyes\",\"callback_number\":\"+1 415 555 0142\","
                + "\"reason\":\"Pipe burst in the kitchen, emergency\"}");
        ai.awaitReceived("conversation.item.create", json -> json.at("/item/output").asText().contains("\"saved\":true"));
        phone.callEnded("caller_hangup");
        phone.close();
        webhook.post(ScenarioEvents.callEnded("e2e-" + UUID.randomUUID(), voxCallId, "caller_hangup", 30));

        MimeMessage mail = awaitMailTo(inbox);
        assertThat(mail.getSubject()).isEqualTo("URGENT message from Dana Reyes for Mail Plumbing");
        assertThat(mail.getFrom()[0].toString()).contains("notifications@tavari.example");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        BodyPart plain = parts.getBodyPart(0);
        assertThat(plain.getContentType()).startsWith("text/plain");
        assertThat(plain.getContent().toString()).contains("Dana Reyes", "+1 415 555 0142",
                "Pipe burst in the kitchen, emergency", "Urgency: urgent", "/app/calls/" + callId);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");

        List<JsonObject> listed = owner.get("api/notifications").object().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(listed).anySatisfy(item -> {
            assertThat(item.getString("channel")).isEqualTo("EMAIL");
            assertThat(item.getString("kind")).isEqualTo("URGENT_MESSAGE");
            assertThat(item.getString("recipient")).isEqualTo(inbox);
            assertThat(item.getString("status")).isEqualTo("SENT");
        });
        assertThat(listed).as("this server sends no SMS: the text waits, visibly").anySatisfy(item -> {
            assertThat(item.getString("channel")).isEqualTo("SMS");
            assertThat(item.getString("status")).isEqualTo("NOT_CONFIGURED");
            assertThat(item.getString("lastError")).contains("not configured");
        });
        Thread.sleep(2_000);
        assertThat(mailsTo(inbox)).as("sent once, not again by a later poll").hasSize(1);
    }

    private static String assignNumber(TavariServer server, Owner owner) throws Exception {
        String number = "+1312" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        try (Connection db = EmbeddedDb.connect(server.home());
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO business_numbers (phone_number, business_id, assigned_at) VALUES (?, ?::uuid, now())")) {
            insert.setString(1, number);
            insert.setString(2, owner.businessId());
            insert.executeUpdate();
        }
        return number;
    }

    private static MimeMessage awaitMailTo(String inbox) throws Exception {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            Optional<MimeMessage> found = mailsTo(inbox).stream().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no e-mail to " + inbox + " within " + MAIL_WAIT.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static List<MimeMessage> mailsTo(String inbox) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equals(inbox));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static void awaitIdle(FakeRealtimeConnection ai) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ai.activeResponse().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the agent's reply did not finish");
            }
            Thread.sleep(20);
        }
    }
}
