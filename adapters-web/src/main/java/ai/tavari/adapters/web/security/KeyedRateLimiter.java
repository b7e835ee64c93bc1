package ai.tavari.adapters.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per key (an IP address, an e-mail), least recently used keys forgotten first
 * so that a flood of distinct keys cannot exhaust memory.
 */
final class KeyedRateLimiter {
    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets;

    KeyedRateLimiter(long capacity, Duration period, int maxKeys) {
        if (capacity < 1 || period.isZero() || period.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("rate limit needs a positive capacity, period and key count");
        }
        this.capacity = capacity;
        this.period = period;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** @throws RateLimitExceededException when {@code key} has used up its allowance */
    void acquire(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceededException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
