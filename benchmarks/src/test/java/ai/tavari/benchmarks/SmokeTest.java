package ai.tavari.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness end to end in miniature, cheap enough for every build: three calls for a few seconds
 * through the reference relay (its own process), with the fake OpenAI and the phones here. It
 * checks that audio flowed both ways and the report, CSV and plot were written; never how fast.
 */
class SmokeTest {
    @Test
    void threeCallsThroughTheReferenceRelayProduceAReport(@TempDir Path out) throws Exception {
        Options options = Options.parse(new String[] {"--only", "reference", "--steps", "3", "--warmup", "1",
                "--window", "3", "--life", "30-40", "--no-rest", "--out", out.toString()});

        Path results = BenchmarkMain.run(options, "smoke test");

        String report = Files.readString(results.resolve("report.md"));
        assertThat(report).contains("Reference relay: latency", "| 3 |");
        List<String> csv = Files.readAllLines(results.resolve("results.csv"));
        assertThat(csv).hasSize(2);
        String[] header = csv.get(0).split(",");
        String[] row = csv.get(1).split(",", -1);
        assertThat(row[0]).isEqualTo("reference");
        assertThat(Long.parseLong(row[List.of(header).indexOf("c2o_n")])).as("caller frames reached the fake OpenAI")
                .isPositive();
        assertThat(Long.parseLong(row[List.of(header).indexOf("caller_checked")])).isPositive();
        assertThat(Long.parseLong(row[List.of(header).indexOf("reordered_c2o")])).isZero();
        assertThat(Long.parseLong(row[List.of(header).indexOf("setup_failed")])).isZero();
        assertThat(Files.size(results.resolve("latency-vs-calls.png"))).isPositive();
    }

    @Test
    void aStampSurvivesTheTripThroughBase64() {
        String payload = Stamp.encode(Stamp.AGENT, Stamp.TALKING, 70_000, 12, 123_456) + Stamp.body(800, (byte) 1, false);

        Stamp stamp = Stamp.read("{\"delta\":\"" + payload + "\"}", 10);

        assertThat(stamp.kind).isEqualTo(Stamp.AGENT);
        assertThat(stamp.talking()).isTrue();
        assertThat(stamp.stream).isEqualTo(70_000);
        assertThat(stamp.response).isEqualTo(12);
        assertThat(stamp.sequence).isEqualTo(123_456);
        assertThat(java.util.Base64.getDecoder().decode(payload)).hasSize(800);
    }
}
