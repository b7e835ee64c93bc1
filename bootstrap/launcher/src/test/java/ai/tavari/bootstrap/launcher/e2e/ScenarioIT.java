package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.openai.fake.FakeRealtimeConnection;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real VoxEngine scenario file, run in Node against a mock VoxEngine runtime, driving the real
 * server: keeps the scenario ↔ server contract ({@code adapters-telephony/CONTRACT.md}) true.
 */
@ExtendWith(RunningTavari.class)
class ScenarioIT {
    private static final Path TELEPHONY = Path.of(System.getProperty("tavari.telephony.dir", "../../adapters-telephony"));
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);

    private static String liveNumber(TavariServer server, String businessName) throws Exception {
        Owner owner = LiveNumbers.finishedOwner(server, businessName);
        return LiveNumbers.assignNumber(server, owner.businessId());
    }

    /** Runs the scenario for one call and returns the driver's report. */
    private static CompletableFuture<JsonObject> runScenario(TavariServer server, String to, String plan) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Path output = Files.createTempFile("scenario-report", ".json");
                Process node = new ProcessBuilder("node", "--experimental-websocket",
                        TELEPHONY.resolve("src/test/node/run-scenario.mjs").toString(),
                        "--scenario", TELEPHONY.resolve("src/main/voxengine/tavari.js").toString(),
                        "--server", server.baseUri().toString().replaceAll("/$", ""),
                        "--secret", TavariServer.VOXIMPLANT_WEBHOOK_SECRET,
                        "--from", "+12125550199", "--to", to, "--plan", plan)
                        .redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                if (!node.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                    throw new AssertionError("the scenario run did not finish within " + RUN_LIMIT);
                }
                String report = Files.readString(output, StandardCharsets.UTF_8).strip();
                Files.deleteIfExists(output);
                assertThat(node.exitValue()).as(report).isZero();
                return Json.createReader(new StringReader(report)).readObject();
            } catch (IOException e) {
                throw new AssertionError("could not run node: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    private static List<String> webhookTypes(JsonObject report) {
        return report.getJsonArray("webhooks").getValuesAs(JsonObject.class).stream()
                .map(hook -> hook.getString("type") + ":" + hook.getInt("status"))
                .collect(Collectors.toList());
    }

    private static List<String> controls(JsonObject report) {
        return report.getJsonArray("controlReceived").getValuesAs(JsonObject.class).stream()
                .map(control -> control.getString("customEvent"))
                .collect(Collectors.toList());
    }

    @Test
    void theAgentAnswersStreamsBothWaysAndHangsUpAfterItsGoodbye(TavariServer server) throws Exception {
        String number = liveNumber(server, "Scenario Salon");
        CompletableFuture<JsonObject> run = runScenario(server, number, "{\"talkAfterMs\":500,\"talkMs\":1000}");

        FakeRealtimeConnection ai = server.openAi().awaitConnection(Duration.ofSeconds(30));
        ai.awaitSessionUpdate();
        ai.awaitResponse(0).awaitDone(Duration.ofSeconds(30));
        Thread.sleep(1500);
        assertThat(ai.appendedAudio()).as("the caller's audio reached the engine").isNotEmpty();
        ai.callFunction("end_call", "{}");
        JsonObject report = run.get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(report.getJsonArray("errors")).as(report.toString()).isEmpty();
        assertThat(report.getBoolean("terminated")).isTrue();
        assertThat(report.getJsonObject("call").getBoolean("answered")).isTrue();
        assertThat(report.getJsonArray("webhooks").getJsonObject(0).getJsonObject("answer").getString("action"))
                .isEqualTo("connect");
        assertThat(report.getJsonObject("socket").getBoolean("opened")).isTrue();
        assertThat(report.getJsonObject("agentMedia").getInt("frames")).as("the caller heard the agent").isPositive();
        assertThat(controls(report)).contains("hangup");
        assertThat(report.getJsonObject("call").getJsonObject("hangup").getString("first")).isEqualTo("scenario");
        assertThat(webhookTypes(report)).containsExactly("call.started:200", "call.ended:200");
        assertThat(report.getJsonArray("says")).as("no apology: nothing failed").isEmpty();
    }

    @Test
    void aNumberOfNoBusinessIsTurnedAwayPolitely(TavariServer server) throws Exception {
        JsonObject report = runScenario(server, "+13125550000", "{}").get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(report.getJsonArray("errors")).as(report.toString()).isEmpty();
        assertThat(report.getJsonArray("says").getJsonObject(0).getString("text")).contains("not in service");
        assertThat(report.getJsonObject("call").getJsonObject("hangup").getString("first")).isEqualTo("scenario");
        assertThat(report.get("socket")).isEqualTo(JsonValue.NULL);
        assertThat(report.getBoolean("terminated")).isTrue();
    }

    @Test
    void whenTheAiDropsTheCallerHearsAnApologyAndLeavesAVoicemail(TavariServer server) throws Exception {
        String number = liveNumber(server, "Scenario Dental");
        CompletableFuture<JsonObject> run = runScenario(server, number, "{\"hangupAfterMs\":12000}");

        FakeRealtimeConnection ai = server.openAi().awaitConnection(Duration.ofSeconds(30));
        ai.awaitSessionUpdate();
        ai.awaitResponse(0).awaitDone(Duration.ofSeconds(30));
        ai.drop();
        JsonObject report = run.get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(report.getJsonArray("errors")).as(report.toString()).isEmpty();
        assertThat(controls(report)).contains("voicemail");
        assertThat(report.getJsonArray("says").getJsonObject(0).getString("text")).contains("sorry");
        assertThat(report.get("recording")).isNotEqualTo(JsonValue.NULL);
        assertThat(webhookTypes(report)).contains("recording.ready:200").contains("call.ended:200");
    }
}
