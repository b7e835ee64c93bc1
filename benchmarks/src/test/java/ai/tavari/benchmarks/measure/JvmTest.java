package ai.tavari.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmTest {

    @Test
    void readsTheHeapAfterEachFullCollectionOfAGcLog(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("gc.log");
        Files.write(log, List.of(
                "[1795602504000ms] GC(52) Pause Young (Normal) (G1 Evacuation Pause) 390M->139M(490M) 33.114ms",
                "[1795602504122ms] GC(53) Pause Full (Diagnostic Command) 294M->84M(290M) 103.806ms",
                "[1795602531168ms] GC(60) Pause Full (System.gc()) 2G->1024K(3G) 128.358ms",
                "[1795602560097ms] GC(7) Garbage Collection (Diagnostic Command) 300M(29%)->80M(8%)"));

        assertThat(Jvm.fullCollections(log)).containsExactly(84L * 1024, 1024L, 80L * 1024);
    }
}
