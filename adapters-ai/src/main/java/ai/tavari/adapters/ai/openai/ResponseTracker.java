package ai.tavari.adapters.ai.openai;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which response is active, which ones the caller cut off, and the replies waiting for their turn: the
 * API allows one active response, and rejects a {@code response.create} sent while one runs. Confined
 * to the session thread.
 */
final class ResponseTracker {
    private static final int REMEMBERED = 16;

    /** A reply to request; {@code instructions} null for the session's own. */
    record Request(String instructions) {
    }

    /** A request sent under {@code eventId}, ready to go out. */
    record Outgoing(String eventId, Request request) {
    }

    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private final Map<String, Request> recentlySent = bounded();
    private final Map<String, Boolean> cutOff = bounded();
    private String activeId;
    private String inFlightEventId;
    private boolean waitingForTurnEnd;
    private long requestCounter;

    void request(Request request) {
        waiting.addLast(request);
    }

    /** The next request, when nothing is active or already requested; the caller sends it. */
    Optional<Outgoing> next() {
        if (activeId != null || inFlightEventId != null || waitingForTurnEnd || waiting.isEmpty()) {
            return Optional.empty();
        }
        Request request = waiting.removeFirst();
        inFlightEventId = "response_create_" + (++requestCounter);
        recentlySent.put(inFlightEventId, request);
        return Optional.of(new Outgoing(inFlightEventId, request));
    }

    void started(String responseId) {
        activeId = responseId;
        inFlightEventId = null;
    }

    void finished(String responseId) {
        waitingForTurnEnd = false;
        if (responseId == null || responseId.equals(activeId)) {
            activeId = null;
        }
    }

    Optional<String> active() {
        return Optional.ofNullable(activeId);
    }

    /** Marks the active response as cut off: its remaining audio must not reach the caller. */
    Optional<String> cutOffActive() {
        if (activeId != null) {
            cutOff.put(activeId, Boolean.TRUE);
        }
        return active();
    }

    boolean isCutOff(String responseId) {
        return responseId != null && cutOff.containsKey(responseId);
    }

    /** Whether {@code eventId} names one of our response requests. */
    boolean isOurs(String eventId) {
        return eventId != null && recentlySent.containsKey(eventId);
    }

    /**
     * Our request was refused. With {@code retry} (another response won the race) it goes back to the
     * front of the line and waits for that response's end, which may not even have been announced
     * yet; otherwise it is dropped.
     */
    void refused(String eventId, boolean retry) {
        Request request = recentlySent.remove(eventId);
        if (eventId.equals(inFlightEventId)) {
            inFlightEventId = null;
        }
        if (retry && request != null) {
            waiting.addFirst(request);
            waitingForTurnEnd = true;
        }
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
