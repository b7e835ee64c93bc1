package ai.tavari.application.port.out.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an engine needs to hold one phone conversation: who the agent is (instructions),
 * how it sounds, what it can do, and what it says first.
 */
public record CallSetup(String instructions, String voice, String language, List<ToolDefinition> tools,
                        Optional<String> greeting) {
    public CallSetup {
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(language, "language");
        tools = List.copyOf(tools);
        greeting = Objects.requireNonNullElse(greeting, Optional.empty());
    }
}
