package ai.tavari.application.service.call.live;

import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.call.TranscriptTurn;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A one-line extractive summary of a call from its own words: what the caller said first and
 * how the call ended. Used when no text model is configured to write one.
 */
final class CallSummaries {
    private static final int MAX_QUOTE = 160;

    private CallSummaries() {
    }

    static String summarize(CallSession call) {
        List<String> callerWords = call.transcript().stream()
                .filter(turn -> turn.speaker() == Speaker.CALLER)
                .map(TranscriptTurn::text)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .limit(2)
                .collect(Collectors.toList());
        String ending = ending(call.outcome().orElse(Outcome.COMPLETED));
        if (callerWords.isEmpty()) {
            return "No words from the caller; " + ending + ".";
        }
        return "Caller: \"" + quote(String.join(" ", callerWords)) + "\" — " + ending + ".";
    }

    private static String ending(Outcome outcome) {
        return switch (outcome) {
            case COMPLETED -> "the agent helped and the call ended";
            case MESSAGE_TAKEN -> "a message was taken";
            case TRANSFERRED -> "transferred to a person";
            case CALLER_HUNG_UP -> "the caller hung up";
            case LIMIT_REACHED -> "ended at the call time limit";
            case AI_FAILURE_FALLBACK -> "the agent failed and the caller was sent to voicemail";
            case REJECTED -> "the call was not answered by the agent";
        };
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE - 1).strip() + "…";
    }
}
