package ai.tavari.adapters.web.trial;

import ai.tavari.application.port.in.agent.TrialReply;
import java.util.List;

/** The agent's answer: its lines (a new chat starts with the greeting), the tools it used, whether it hung up. */
public record TrialChatView(String conversationId, List<String> agentSaid, List<String> toolsUsed, boolean ended) {
    static TrialChatView of(TrialReply reply) {
        return new TrialChatView(reply.conversationId(), reply.agentSaid(), reply.toolsUsed(), reply.ended());
    }
}
