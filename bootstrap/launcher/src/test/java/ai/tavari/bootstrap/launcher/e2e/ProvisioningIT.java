package ai.tavari.bootstrap.launcher.e2e;

import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.completeWizard;
import static ai.tavari.bootstrap.launcher.e2e.SetupWizardIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.openai.fake.FakeRealtimeServer;
import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi.OwnedNumber;
import ai.tavari.adapters.telephony.fixtures.ScenarioEvents;
import ai.tavari.adapters.telephony.fixtures.SignedWebhookClient;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers end to end against a stub of Voximplant's Management API: {@code voximplant-deploy}
 * from the packaged jar sets up the application, rule and secrets; a server of its own (the shared
 * one has no Voximplant credentials) buys a finalized business its number in the background,
 * through a purchase that fails once halfway; the owner sees it in the setup status, and a signed
 * call to it is answered by the agent.
 */
class ProvisioningIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String WEBHOOK_SECRET = "e2e-provisioning-webhook-secret";

    private static FakeVoximplantApi voximplant;
    private static FakeRealtimeServer openAi;
    private static LauncherProcess launcher;
    private static Path home;
    private static URI base;
    private static OwnerApi api;

    @BeforeAll
    static void start() {
        voximplant = FakeVoximplantApi.start()
                .offer("US", "GEOGRAPHIC", "7", "212", "New York", "12125550170")
                .offer("US", "GEOGRAPHIC", "9", "415", "San Francisco", "14155550190", "14155550191", "14155550192");
        Path credentials = credentialsFile();
        int port = LauncherProcess.freePort();
        base = URI.create("http://localhost:" + port + "/");
        deployScenario(credentials);

        openAi = FakeRealtimeServer.start();
        home = LauncherProcess.newHome("provisioning");
        LauncherProcess.Builder builder = LauncherProcess.builder("e2e-provisioning").home(home).port(port)
                .env("TAVARI_JAVA_OPTS", "-Xmx512m -Xshare:auto");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("tavari.e2e.env."))
                .forEach(name -> builder.env(name.substring("tavari.e2e.env.".length()), System.getProperty(name)));
        builder.env("VOXIMPLANT_CREDENTIALS_FILE", credentials.toString())
                .env("VOXIMPLANT_API_URL", voximplant.url().toString())
                .env("VOXIMPLANT_WEBHOOK_SECRET", WEBHOOK_SECRET)
                .env("TAVARI_NUMBERS_FIRST_RETRY", "PT1S")
                .env("OPENAI_API_KEY", openAi.apiKey())
                .env("OPENAI_REALTIME_URL", openAi.url().toString())
                // call summaries go nowhere: the call keeps its extractive one
                .env("OPENAI_API_URL", "http://127.0.0.1:9/v1");
        launcher = builder.start();
        assertThat(launcher.awaitOutput("Tavari is running at " + base, TavariServer.START_TIMEOUT))
                .as("the provisioning server started; output in " + launcher.outputFile() + "\n" + launcher.tail(40))
                .isTrue();
        api = new OwnerApi(base);
    }

    @AfterAll
    static void stop() {
        if (launcher != null) {
            launcher.close();
        }
        TavariServer.deleteRecursively(home);
        if (openAi != null) {
            openAi.close();
        }
        voximplant.close();
    }

    private static Path credentialsFile() {
        try {
            Path file = LauncherProcess.workDir().resolve("voximplant-" + UUID.randomUUID() + ".json");
            Files.writeString(file, voximplant.credentialsJson());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an operator runs once: the application, the real scenario, its rule and its secrets. */
    private static void deployScenario(Path credentials) {
        LauncherProcess deploy = LauncherProcess.builder("voximplant-deploy")
                .home(LauncherProcess.workDir().resolve("unused-home"))
                .env("VOXIMPLANT_CREDENTIALS_FILE", credentials.toString())
                .env("VOXIMPLANT_API_URL", voximplant.url().toString())
                .env("TAVARI_PUBLIC_URL", base.toString())
                .env("VOXIMPLANT_WEBHOOK_SECRET", WEBHOOK_SECRET)
                .arguments("voximplant-deploy").splitStreams().start();
        assertThat(deploy.awaitExit(WAIT)).as(deploy.tail(20)).isZero();
        assertThat(deploy.output()).contains("tavari: created rule tavari-inbound",
                "tavari: 5 changes made; Voximplant is ready for Tavari's numbers");
        FakeVoximplantApi.Application app = voximplant.application("tavari").orElseThrow();
        assertThat(app.scenarios().get("tavari").script()).contains("TAVARI_WEBHOOK_SECRET");
        assertThat(app.secrets()).containsEntry("TAVARI_SERVER_URL", base.toString())
                .containsEntry("TAVARI_WEBHOOK_SECRET", WEBHOOK_SECRET);
    }

    /** Finalizes the owner's setup and waits until the number is ready; the forwarding part of the status. */
    private static JsonObject finalizeAndAwaitNumber(Owner owner) throws InterruptedException {
        JsonObject finalized = ok(owner.post("api/setup/finalize", null));
        assertThat(finalized.getBoolean("live")).isTrue();
        assertThat(finalized.getJsonObject("forwarding").getString("state")).isIn("PROVISIONING", "READY");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonObject forwarding = ok(owner.get("api/setup/status")).getJsonObject("forwarding");
            if ("READY".equals(forwarding.getString("state"))) {
                return forwarding;
            }
            assertThat(forwarding.getString("state")).as(forwarding.toString()).isEqualTo("PROVISIONING");
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no number within " + WAIT.toSeconds() + " s: " + forwarding
                        + "\n" + launcher.tail(40));
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aFinalizedBusinessGetsOneNumberDespiteAFailedPurchaseAndItsCallsAreAnswered() throws Exception {
        Owner bella = api.signUp("Bella Hair");
        completeWizard(bella);
        assertThat(ok(bella.get("api/setup/status")).getJsonObject("forwarding").getString("state"))
                .isEqualTo("NOT_REQUESTED");
        int attachesBefore = voximplant.requests("AttachPhoneNumber").size();
        voximplant.failNext("AttachPhoneNumber", 500);

        JsonObject forwarding = finalizeAndAwaitNumber(bella);

        String number = forwarding.getString("number");
        assertThat(number).as("in the business's area, (415)").startsWith("+1415");
        assertThat(forwarding.getString("instructions")).contains("+14155550123").contains(number);
        assertThat(voximplant.requests("AttachPhoneNumber")).as("the purchase that failed, then the retry")
                .hasSize(attachesBefore + 2);
        assertThat(voximplant.activeNumbers()).filteredOn(bought -> ("+" + bought.phoneNumber()).equals(number))
                .singleElement().satisfies(bought -> {
                    assertThat(bought.applicationId()).contains(voximplant.application("tavari").orElseThrow().id());
                    assertThat(bought.ruleName()).contains("tavari-inbound");
                });
        assertThat(voximplant.rejectedTokens()).isEmpty();
        assertTheDashboardShows(bella, number);

        SignedWebhookClient webhook = new SignedWebhookClient(base, WEBHOOK_SECRET);
        String voxCallId = "vox-" + UUID.randomUUID();
        SignedWebhookClient.Answer decision = webhook.post(ScenarioEvents.callStarted("e2e-" + UUID.randomUUID(),
                voxCallId, "+12125550199", number));
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        assertThat(decision.json().getString("action")).isEqualTo("connect");
        assertThat(webhook.post(ScenarioEvents.callEnded("e2e-" + UUID.randomUUID(), voxCallId, "caller_hangup", 1))
                .status()).isEqualTo(200);
    }

    /** The settings page's forwarding box shows the number itself, and the codes to dial with it in them. */
    private static void assertTheDashboardShows(Owner owner, String number) {
        String national = "(" + number.substring(2, 5) + ") " + number.substring(5, 8) + "-" + number.substring(8);
        try (Browser browser = Browser.desktop(base).logIn(owner)) {
            browser.open("app/settings/#forwarding").checkPage();
            browser.waitUntil("the number in the forwarding box",
                    () -> browser.find("[data-test=tavari-number]").getText().equals(national));
            assertThat(browser.find("[data-test=forwarding]").getText())
                    .contains("*72 then " + number.substring(2), "**21*" + number + "#", "**61*" + number + "#")
                    .doesNotContain("NUMBER");
            browser.screenshotOf("#forwarding", "settings-forwarding");
        }
    }

    @Test
    void eachBusinessSeesOnlyItsOwnNumber() throws Exception {
        Owner alpha = api.signUp("Alpha Salon");
        Owner beta = api.signUp("Beta Bakery");
        completeWizard(alpha);
        completeWizard(beta);
        String alphaNumber = finalizeAndAwaitNumber(alpha).getString("number");
        JsonObject alphaStatus = ok(alpha.get("api/setup/status"));

        String betaNumber = finalizeAndAwaitNumber(beta).getString("number");

        assertThat(betaNumber).isNotEqualTo(alphaNumber);
        assertThat(ok(beta.get("api/setup/status")).toString()).doesNotContain(alphaNumber);
        assertThat(ok(alpha.get("api/setup/status"))).isEqualTo(alphaStatus);
        assertThat(voximplant.activeNumbers()).extracting(OwnedNumber::phoneNumber)
                .contains(alphaNumber.substring(1), betaNumber.substring(1));
    }
}
