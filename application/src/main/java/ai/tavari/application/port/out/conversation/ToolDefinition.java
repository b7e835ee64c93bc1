package ai.tavari.application.port.out.conversation;

import java.util.Objects;

/** A function the agent may call, with its parameters as a JSON Schema document. */
public record ToolDefinition(String name, String description, String parametersJsonSchema) {
    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parametersJsonSchema, "parametersJsonSchema");
    }
}
