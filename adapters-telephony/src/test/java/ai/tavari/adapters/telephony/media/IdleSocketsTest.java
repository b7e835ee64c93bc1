package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleSocketsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final IdleSockets idle = new IdleSockets(60_000, now::get);

    private static final class Socket implements IdleSockets.Watched {
        long last;
        int timeouts;

        @Override
        public long lastActivity() {
            return last;
        }

        @Override
        public void idleTimeout() {
            timeouts++;
        }
    }

    @Test
    void aSocketSilentForLongerThanTheTimeoutIsClosedOnceOthersAreLeftAlone() {
        Socket quiet = new Socket();
        Socket busy = new Socket();
        quiet.last = 1_000;
        busy.last = 1_000;
        idle.watch(quiet);
        idle.watch(busy);

        now.set(50_000);
        busy.last = 50_000;
        idle.sweep();
        assertThat(quiet.timeouts).isZero();

        now.set(61_001);
        idle.sweep();
        idle.sweep();

        assertThat(quiet.timeouts).isEqualTo(1);
        assertThat(busy.timeouts).isZero();
        assertThat(idle.watching()).isEqualTo(1);
        idle.forget(busy);
        assertThat(idle.watching()).isZero();
    }
}
