package ai.tavari.benchmarks.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Sends every phone's frames in real time from one thread: phones are spread over the twenty
 * 1 ms slots of a 20 ms frame period, so the load is even rather than fifty bursts a second. A
 * late pacer (the machine is saturated) catches up by at most a few frames and the lateness is
 * recorded as the phones' send lag; further behind than that, the missed frames are skipped (never
 * sent faster than real time for long).
 */
final class Pacer implements Runnable {
    private static final long SLOT = 1_000_000L;
    private static final int SLOTS = (int) (PhoneCall.FRAME_NANOS / SLOT);

    private final List<List<PhoneCall>> buckets = new ArrayList<>();
    private final ConcurrentLinkedQueue<PhoneCall> joining = new ConcurrentLinkedQueue<>();
    private final Consumer<PhoneCall> lifetimeOver;
    private final Thread thread = new Thread(this, "phone-pacer");
    private volatile boolean running = true;

    Pacer(Consumer<PhoneCall> lifetimeOver) {
        this.lifetimeOver = lifetimeOver;
        for (int i = 0; i < SLOTS; i++) {
            buckets.add(new ArrayList<>());
        }
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
    }

    void start() {
        thread.start();
    }

    void add(PhoneCall phone) {
        joining.add(phone);
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        long base = System.nanoTime();
        long tick = 0;
        while (running) {
            tick++;
            long behind = (System.nanoTime() - (base + tick * SLOT)) / SLOT;
            if (behind >= SLOTS) {
                // starved for more than a frame: skip whole periods rather than replay stale slots
                tick += behind - behind % SLOTS;
            }
            long slotTime = base + tick * SLOT;
            long wait;
            while ((wait = slotTime - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = (int) (tick % SLOTS);
            for (PhoneCall phone; (phone = joining.poll()) != null; ) {
                long now = System.nanoTime();
                long offset = (phone.index() % SLOTS - slot + SLOTS) % SLOTS;
                phone.slot = (int) ((slot + offset) % SLOTS);
                phone.nextDue = slotTime + offset * SLOT;
                buckets.get(phone.slot).add(phone);
            }
            List<PhoneCall> bucket = buckets.get(slot);
            for (int i = bucket.size() - 1; i >= 0; i--) {
                PhoneCall phone = bucket.get(i);
                long now = System.nanoTime();
                if (phone.ended() || now >= phone.endAt) {
                    bucket.remove(i);
                    lifetimeOver.accept(phone);
                    continue;
                }
                int burst = 0;
                while (phone.nextDue <= now + SLOT / 2 && burst++ < 5) {
                    if (!phone.sendFrame(now, phone.nextDue)) {
                        break;
                    }
                    phone.nextDue += PhoneCall.FRAME_NANOS;
                }
                if (phone.nextDue <= now) {
                    // hopelessly behind: the frames missed are not sent, the next one is due a frame from now
                    phone.nextDue = now + PhoneCall.FRAME_NANOS;
                }
            }
        }
    }
}
