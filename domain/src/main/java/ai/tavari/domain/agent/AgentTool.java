package ai.tavari.domain.agent;

import java.util.Arrays;
import java.util.Optional;

/** The tools the voice agent can call during a conversation, with their wire names. */
public enum AgentTool {
    GET_BUSINESS_HOURS("get_business_hours"),
    ANSWER_FAQ("answer_faq"),
    TAKE_MESSAGE("take_message"),
    TRANSFER_CALL("transfer_call"),
    END_CALL("end_call");

    private final String wireName;

    AgentTool(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The tool with this exact wire name; empty for anything else. */
    public static Optional<AgentTool> fromWireName(String name) {
        return Arrays.stream(values()).filter(tool -> tool.wireName.equals(name)).findFirst();
    }
}
