package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void framesGoOutInOrderWithOneSendInFlight() {
        FakeSocket socket = new FakeSocket(false);
        OutboundQueue queue = new OutboundQueue(socket, 1000, failures::add);

        assertThat(queue.offer("a")).isTrue();
        assertThat(queue.offer("b")).isTrue();
        assertThat(queue.offer("c")).isTrue();
        assertThat(socket.sent).containsExactly("a");

        socket.completeAll();

        assertThat(socket.sent).containsExactly("a", "b", "c");
        assertThat(socket.maxInFlight).isEqualTo(1);
        assertThat(queue.pendingChars()).isZero();
        assertThat(failures).isEmpty();
    }

    @Test
    void aSocketThatFallsBehindGetsFramesDroppedAndOneFailureReported() {
        FakeSocket socket = new FakeSocket(false);
        OutboundQueue queue = new OutboundQueue(socket, 10, failures::add);
        queue.offer("in flight");

        assertThat(queue.offer("12345")).isTrue();
        assertThat(queue.offer("67890")).isTrue();
        assertThat(queue.offer("x")).as("over the limit").isFalse();
        assertThat(queue.offer("y")).isFalse();

        assertThat(failures).singleElement().asString().contains("not reading");
        socket.completeAll();
        assertThat(socket.sent).containsExactly("in flight");
    }

    @Test
    void aFailedSendDropsTheRestAndIsReportedOnce() {
        FakeSocket socket = new FakeSocket(false);
        OutboundQueue queue = new OutboundQueue(socket, 1000, failures::add);
        queue.offer("a");
        queue.offer("b");

        socket.completeOne(new java.io.IOException("broken pipe"));

        assertThat(queue.offer("c")).isFalse();
        assertThat(socket.sent).containsExactly("a");
        assertThat(failures).singleElement().asString().contains("broken pipe");
    }

    @Test
    void aSenderThatThrowsCountsAsAFailedSend() {
        OutboundQueue queue = new OutboundQueue((text, done) -> {
            throw new IllegalStateException("session closed");
        }, 1000, failures::add);

        assertThat(queue.offer("a")).isTrue();
        assertThat(queue.offer("b")).isFalse();
        assertThat(failures).singleElement().asString().contains("session closed");
    }

    @Test
    void afterCloseEverythingIsDroppedQuietly() {
        FakeSocket socket = new FakeSocket(true);
        OutboundQueue queue = new OutboundQueue(socket, 1000, failures::add);

        queue.close();

        assertThat(queue.offer("a")).isFalse();
        assertThat(socket.sent).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void sendsThatCompleteInlineDoNotNestOnTheStack() {
        // A recursive drain would overflow the stack on this many frames completing inside send().
        List<String> sent = new ArrayList<>();
        AtomicInteger depth = new AtomicInteger();
        AtomicInteger deepest = new AtomicInteger();
        OutboundQueue[] holder = new OutboundQueue[1];
        holder[0] = new OutboundQueue((text, done) -> {
            deepest.accumulateAndGet(depth.incrementAndGet(), Math::max);
            sent.add(text);
            if (sent.size() < 50_000) {
                holder[0].offer("frame " + sent.size());
            }
            done.accept(null);
            depth.decrementAndGet();
        }, 1_000_000, failures::add);

        holder[0].offer("frame 0");

        assertThat(sent).hasSize(50_000).endsWith("frame 49999");
        assertThat(deepest.get()).isEqualTo(1);
    }

    @Test
    void concurrentOffersKeepEachThreadsOrderAndNeverOverlapSends() throws Exception {
        FakeSocket socket = new FakeSocket(true);
        OutboundQueue queue = new OutboundQueue(socket, 10_000_000, failures::add);
        int threads = 8;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    queue.offer(thread + ":" + i);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(socket.sent).hasSize(threads * perThread);
        assertThat(socket.maxInFlight).isEqualTo(1);
        for (int t = 0; t < threads; t++) {
            String prefix = t + ":";
            assertThat(socket.sent.stream().filter(s -> s.startsWith(prefix)).map(s -> Integer.parseInt(s.substring(prefix.length()))))
                    .isSorted();
        }
    }
}
