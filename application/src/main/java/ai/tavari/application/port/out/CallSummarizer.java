package ai.tavari.application.port.out;

import ai.tavari.domain.call.TranscriptTurn;
import java.util.List;
import java.util.Optional;

/**
 * Writes the one-paragraph summary of a finished call that the owner reads in the call list.
 * May take seconds and may fail: callers keep their own summary when this gives none.
 */
public interface CallSummarizer {
    Optional<String> summarize(String businessName, List<TranscriptTurn> transcript);

    /** No summarizer configured: callers keep their own summary. */
    CallSummarizer NONE = (businessName, transcript) -> Optional.empty();
}
