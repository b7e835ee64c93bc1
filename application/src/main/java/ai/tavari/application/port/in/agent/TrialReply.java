package ai.tavari.application.port.in.agent;

import java.util.List;
import java.util.Objects;

/**
 * The agent's answer in a trial chat: what it said (a new chat starts with the greeting), the tools
 * it used, and whether it ended the call.
 */
public record TrialReply(String conversationId, List<String> agentSaid, List<String> toolsUsed, boolean ended) {
    public TrialReply {
        Objects.requireNonNull(conversationId, "conversationId");
        agentSaid = List.copyOf(agentSaid);
        toolsUsed = List.copyOf(toolsUsed);
    }
}
