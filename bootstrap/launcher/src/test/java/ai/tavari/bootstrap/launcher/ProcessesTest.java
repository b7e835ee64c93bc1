package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    @Test
    void stopsAProcessWithSigterm() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();

        assertThat(Processes.isRunning(sleeper.toHandle())).isTrue();
        assertThat(Processes.stop(sleeper.toHandle(), Duration.ofSeconds(5))).isTrue();
        assertThat(Processes.isRunning(sleeper.toHandle())).isFalse();
    }

    @Test
    void killsAProcessThatIgnoresSigterm() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; sleep 60").start();
        stubborn.getInputStream().read(); // the trap is in place

        assertThat(Processes.stop(stubborn.toHandle(), Duration.ofMillis(300))).isFalse();
        assertThat(Processes.isRunning(stubborn.toHandle())).isFalse();
    }

    @Test
    void findsOnlyProcessesWithTheExpectedArgument() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "61").start();
        try {
            assertThat(Processes.findLive(sleeper.pid(), info -> Processes.hasArgument(info, "61"))).isPresent();
            assertThat(Processes.findLive(sleeper.pid(), info -> Processes.hasArgument(info, "6"))).isEmpty();
            assertThat(Processes.findLive(ProcessHandle.current().pid(), info -> true)).isEmpty();
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
        assertThat(Processes.findLive(sleeper.pid(), info -> true)).isEmpty();
    }
}
