package ai.tavari.benchmarks;

import ai.tavari.benchmarks.fake.FakeSession;
import ai.tavari.benchmarks.measure.Recorder;
import ai.tavari.benchmarks.phone.PhoneCall;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Both ends of every call live in this process: the phones and the fake OpenAI sessions find each
 * other here through the stamps in the audio, and report to the current step's {@link Recorder}.
 */
public final class Registry {
    private final ConcurrentHashMap<Integer, PhoneCall> phones = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, FakeSession> sessions = new ConcurrentHashMap<>();
    private volatile Recorder recorder = new Recorder();

    public Recorder recorder() {
        return recorder;
    }

    public void recorder(Recorder next) {
        recorder = next;
    }

    public void add(PhoneCall phone) {
        phones.put(phone.index(), phone);
    }

    public void remove(PhoneCall phone) {
        phones.remove(phone.index());
    }

    public PhoneCall phone(int index) {
        return phones.get(index);
    }

    public void add(FakeSession session) {
        sessions.put(session.id(), session);
    }

    public void remove(FakeSession session) {
        sessions.remove(session.id());
    }

    public FakeSession session(int id) {
        return sessions.get(id);
    }

    public Iterable<FakeSession> sessions() {
        return sessions.values();
    }

    public int liveSessions() {
        return sessions.size();
    }
}
