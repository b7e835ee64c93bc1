package ai.tavari.adapters.web.call;

import ai.tavari.domain.call.TranscriptTurn;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

@JsonbPropertyOrder({"speaker", "text", "at"})
public record TranscriptTurnView(String speaker, String text, Instant at) {
    static TranscriptTurnView of(TranscriptTurn turn) {
        return new TranscriptTurnView(turn.speaker().name(), turn.text(), turn.at());
    }
}
