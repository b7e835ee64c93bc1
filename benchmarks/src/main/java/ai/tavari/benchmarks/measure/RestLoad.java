package ai.tavari.benchmarks.measure;

import ai.tavari.benchmarks.phone.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * HTTP throughput and latency at a fixed concurrency: {@code wrk} when it is installed (Debian
 * package {@code wrk}), else a small closed-loop Java client with the same shape (threads ×
 * connections, each sending its next request when the answer arrived).
 */
public final class RestLoad {
    /** What one run gave. */
    public record Result(String what, String tool, int connections, double seconds, long requests, long errors,
                         double requestsPerSecond, double p50, double p90, double p99, String note) {
    }

    private final int connections;
    private final int threads;
    private final Duration duration;
    private final Path workDir;

    public RestLoad(int connections, int threads, Duration duration, Path workDir) {
        this.connections = connections;
        this.threads = threads;
        this.duration = duration;
        this.workDir = workDir;
    }

    public static boolean wrkInstalled() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code GET url} with a bearer token. */
    public Result get(String what, URI url, String token) throws Exception {
        if (wrkInstalled()) {
            return wrk(what, List.of("-H", "Authorization: Bearer " + token, "-H", "Accept: application/json",
                    url.toString()), "");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return java(what, i -> HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), http);
    }

    /**
     * Signed {@code call.started} webhooks, each with its own event id, for a number whose business
     * has not finished its setup: the whole admission transaction runs and the call is recorded as
     * rejected, but no AI session is opened.
     */
    public Result webhooks(String what, URI webhookUrl, String secret, String to, int prepared) throws Exception {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        long t = System.currentTimeMillis() / 1000;
        String run = Long.toString(System.nanoTime(), 36);
        List<String> lines = new ArrayList<>(prepared);
        List<String> bodies = new ArrayList<>(prepared);
        for (int i = 0; i < prepared; i++) {
            String vox = "wrk-" + run + "-" + i;
            String body = Webhooks.callStarted(vox + "-1", vox, vox, "+14155550100", to);
            bodies.add(body);
            lines.add(Webhooks.signature(key, t, body.getBytes(StandardCharsets.UTF_8)) + "\t" + body);
        }
        if (wrkInstalled()) {
            Path requests = workDir.resolve("webhooks.tsv");
            Files.write(requests, lines);
            Path script = workDir.resolve("webhooks.lua");
            Files.writeString(script, LUA);
            return wrk(what, List.of("-s", script.toString(), webhookUrl.toString(), "--", requests.toString(),
                    Integer.toString(threads)), "");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return java(what, i -> {
            String line = lines.get(i % lines.size());
            return HttpRequest.newBuilder(webhookUrl).header("Content-Type", "application/json")
                    .header("X-Tavari-Signature", line.substring(0, line.indexOf('\t')))
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
        }, http);
    }

    private Result wrk(String what, List<String> target, String note) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency", "--timeout", "10s"));
        command.addAll(target);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Files.writeString(workDir.resolve(what.replaceAll("\\W+", "-") + ".wrk.txt"), String.join(" ", command) + "\n" + out);
        long requests = 0;
        long errors = 0;
        double seconds = duration.toSeconds();
        double rps = 0;
        double p50 = Double.NaN;
        double p90 = Double.NaN;
        double p99 = Double.NaN;
        String wrapped = "";
        for (String raw : out.split("\\R")) {
            String line = raw.trim();
            if (line.startsWith("50%")) {
                p50 = millis(line.split("\\s+")[1]);
            } else if (line.startsWith("90%")) {
                p90 = millis(line.split("\\s+")[1]);
            } else if (line.startsWith("99%")) {
                p99 = millis(line.split("\\s+")[1]);
            } else if (line.startsWith("Requests/sec:")) {
                rps = Double.parseDouble(line.split("\\s+")[1]);
            } else if (line.contains(" requests in ")) {
                requests = Long.parseLong(line.split("\\s+")[0]);
                String s = line.substring(line.indexOf(" in ") + 4, line.indexOf(','));
                seconds = millis(s) / 1000;
            } else if (line.startsWith("Non-2xx or 3xx responses:")) {
                errors += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            } else if (line.startsWith("Socket errors:")) {
                for (String part : line.substring(line.indexOf(':') + 1).split(",")) {
                    errors += Long.parseLong(part.trim().split("\\s+")[1]);
                }
            } else if (line.startsWith("wrapped")) {
                wrapped = line;
            }
        }
        String fullNote = note + (wrapped.isEmpty() || wrapped.endsWith(" 0") ? "" : " (" + wrapped
                + ": repeated events answered as duplicates)");
        return new Result(what, "wrk " + threads + " threads", connections, seconds, requests, errors, rps, p50, p90, p99,
                fullNote.trim());
    }

    private static double millis(String value) {
        if (value.endsWith("us")) {
            return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
        }
        if (value.endsWith("ms")) {
            return Double.parseDouble(value.substring(0, value.length() - 2));
        }
        if (value.endsWith("m")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 60_000;
        }
        if (value.endsWith("s")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
        }
        return Double.parseDouble(value);
    }

    private Result java(String what, IntFunction<HttpRequest> requests, HttpClient http) throws Exception {
        Samples samples = new Samples();
        AtomicLong errors = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.apply((int) next.getAndIncrement());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        samples.add(System.nanoTime() - t0);
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Samples.Summary s = samples.summary();
        return new Result(what, "Java client (wrk not installed)", connections, seconds, s.count(), errors.get(),
                s.count() / seconds, s.p50(), s.percentileMillis(90), s.p99(), "");
    }

    private static final String LUA = """
            -- each wrk thread sends its own share of the prepared, signed webhook events
            local counter = 0
            local threads = {}
            function setup(thread)
              counter = counter + 1
              thread:set("tid", counter)
              table.insert(threads, thread)
            end
            local reqs = {}
            local idx = 0
            wrapped = 0
            function init(args)
              local n = tonumber(args[2])
              local i = 0
              for line in io.lines(args[1]) do
                if i % n == (tid - 1) then
                  local sig, body = line:match("^([^\\t]*)\\t(.*)$")
                  reqs[#reqs + 1] = wrk.format("POST", nil, {["Content-Type"] = "application/json",
                    ["X-Tavari-Signature"] = sig}, body)
                end
                i = i + 1
              end
            end
            function request()
              idx = idx + 1
              if idx > #reqs then
                idx = 1
                wrapped = wrapped + 1
              end
              return reqs[idx]
            end
            function done(summary, latency, requests)
              local total = 0
              for _, thread in ipairs(threads) do
                total = total + (thread:get("wrapped") or 0)
              end
              io.write("wrapped " .. total .. "\\n")
            end
            """;
}
