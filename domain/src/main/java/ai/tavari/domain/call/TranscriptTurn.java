package ai.tavari.domain.call;

import java.time.Instant;
import java.util.Objects;

/** One utterance in a call transcript. Text is stripped and cut at {@value #MAX_TEXT_LENGTH} characters. */
public record TranscriptTurn(Speaker speaker, String text, Instant at) {
    public static final int MAX_TEXT_LENGTH = 4000;

    public TranscriptTurn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("transcript text must not be blank");
        }
        text = text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
    }

    public static TranscriptTurn caller(String text, Instant at) {
        return new TranscriptTurn(Speaker.CALLER, text, at);
    }

    public static TranscriptTurn agent(String text, Instant at) {
        return new TranscriptTurn(Speaker.AGENT, text, at);
    }
}
