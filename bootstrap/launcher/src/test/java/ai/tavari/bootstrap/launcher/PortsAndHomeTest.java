package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsAndHomeTest {

    @TempDir
    Path temp;

    @Test
    void reservesAFreePortAndExplainsABusyOne() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.reserve(port))
                    .isInstanceOf(LauncherException.class)
                    .hasMessage("port " + port + " is already in use; set TAVARI_PORT to another port");
        }
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (ServerSocket reserved = Ports.reserve(free)) {
            assertThat(reserved.getLocalPort()).isEqualTo(free);
        }
    }

    @Test
    void oneLauncherPerHome() {
        TavariHome home = new TavariHome(temp.resolve("home"));

        try (TavariHome.Lock lock = home.lock()) {
            assertThat(lock).isNotNull();
            assertThatThrownBy(home::lock)
                    .isInstanceOf(LauncherException.class)
                    .hasMessage("another Tavari launcher is already using " + home.root()
                            + "; stop it first or set TAVARI_HOME to another directory");
        }
        try (TavariHome.Lock again = home.lock()) {
            assertThat(again).isNotNull();
        }
    }
}
