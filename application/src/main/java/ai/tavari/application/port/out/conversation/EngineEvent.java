package ai.tavari.application.port.out.conversation;

import java.time.Duration;
import java.util.Objects;

/** What an engine reports during a conversation; vendor-neutral. */
public sealed interface EngineEvent {

    /** Agent speech to play to the caller; {@code itemRef} identifies the reply for truncation. */
    record AgentAudio(String itemRef, MulawAudio audio) implements EngineEvent {
        public AgentAudio {
            Objects.requireNonNull(audio, "audio");
        }
    }

    /** The agent finished one reply's audio. Optional: continuous engines never send it. */
    record AgentAudioSegmentEnded(String itemRef) implements EngineEvent {
    }

    /** The caller began speaking (barge-in cue). Optional: see {@link EngineCapability#CALLER_SPEECH_EVENTS}. */
    record CallerSpeechStarted(Duration atAudioOffset) implements EngineEvent {
    }

    /** The caller stopped speaking; a reply is expected. Optional, like {@link CallerSpeechStarted}. */
    record CallerSpeechStopped(Duration atAudioOffset) implements EngineEvent {
    }

    /**
     * The agent finished one reply (spoken, cut short, or only tool calls). {@code interrupted}
     * when the caller or {@link ConversationSession#cancelAgentSpeech} cut it short.
     */
    record AgentTurnEnded(boolean interrupted) implements EngineEvent {
    }

    record CallerTranscript(String text, boolean isFinal) implements EngineEvent {
    }

    record AgentTranscript(String text, boolean isFinal) implements EngineEvent {
    }

    /** The agent wants a tool run; answer with {@link ConversationSession#submitToolResult}. */
    record ToolCall(String callId, String name, String argumentsJson) implements EngineEvent {
    }

    /** Consumption figures for cost accounting; counts are cumulative for the reply they belong to. */
    record Usage(long inputAudioTokens, long inputTextTokens, long cachedInputTokens, long outputAudioTokens,
                 long outputTextTokens, Duration sessionTime) implements EngineEvent {
    }

    record Ended(String reason) implements EngineEvent {
    }

    record EngineError(String code, String message, boolean fatal) implements EngineEvent {
    }
}
