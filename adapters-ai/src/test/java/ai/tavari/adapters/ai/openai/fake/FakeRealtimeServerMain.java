package ai.tavari.adapters.ai.openai.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake in its own process: {@code FakeRealtimeServerMain [port] [apiKey] [replyMillis]}
 * (defaults: a free port, {@value FakeRealtimeOptions#DEFAULT_API_KEY}, 1000). Prints the URL and
 * serves until killed.
 */
public final class FakeRealtimeServerMain {
    private FakeRealtimeServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        FakeRealtimeOptions options = new FakeRealtimeOptions();
        if (args.length > 1) {
            options.apiKey(args[1]);
        }
        if (args.length > 2) {
            Duration reply = Duration.ofMillis(Long.parseLong(args[2]));
            options.replyAudio(reply, FakeRealtimeOptions.DEFAULT_REPLY_TRANSCRIPT);
        }
        FakeRealtimeServer server = FakeRealtimeServer.start(port, options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fake-realtime-shutdown"));
        System.out.println("Fake Realtime server listening on " + server.url());
        new CountDownLatch(1).await();
    }
}
