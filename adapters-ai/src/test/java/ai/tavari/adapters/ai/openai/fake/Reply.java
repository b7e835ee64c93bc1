package ai.tavari.adapters.ai.openai.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one scripted response contains: spoken audio, a function call, or both (speech first, as the
 * API orders them), and how it ends.
 */
public final class Reply {
    private final Duration audio;
    private final String transcript;
    private final String functionName;
    private final String functionArguments;
    private final boolean hangs;
    private final boolean cancelledAtEnd;

    private Reply(Duration audio, String transcript, String functionName, String functionArguments, boolean hangs,
                  boolean cancelledAtEnd) {
        this.audio = audio;
        this.transcript = transcript;
        this.functionName = functionName;
        this.functionArguments = functionArguments;
        this.hangs = hangs;
        this.cancelledAtEnd = cancelledAtEnd;
    }

    public static Reply audio(Duration length, String transcript) {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(transcript, "transcript");
        return new Reply(length, transcript, null, null, false, false);
    }

    public static Reply functionCall(String name, String argumentsJson) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentsJson, "argumentsJson");
        return new Reply(null, null, name, argumentsJson, false, false);
    }

    public static Reply audioThenFunctionCall(Duration length, String transcript, String name, String argumentsJson) {
        return new Reply(Objects.requireNonNull(length), Objects.requireNonNull(transcript),
                Objects.requireNonNull(name), Objects.requireNonNull(argumentsJson), false, false);
    }

    /** {@code response.created} and then nothing: the response stays active for good. */
    public static Reply hanging() {
        return new Reply(null, null, null, null, true, false);
    }

    /**
     * Everything is generated, but the response ends {@code cancelled} (turn_detected): the caller
     * spoke just as it finished. Its function calls were announced and must not run.
     */
    public Reply cancelledAtEnd() {
        return new Reply(audio, transcript, functionName, functionArguments, hangs, true);
    }

    public Optional<Duration> audioLength() {
        return Optional.ofNullable(audio);
    }

    public String transcript() {
        return transcript == null ? "" : transcript;
    }

    public Optional<String> functionName() {
        return Optional.ofNullable(functionName);
    }

    public String functionArguments() {
        return functionArguments;
    }

    public boolean hangs() {
        return hangs;
    }

    public boolean isCancelledAtEnd() {
        return cancelledAtEnd;
    }
}
