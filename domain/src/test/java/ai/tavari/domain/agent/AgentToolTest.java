package ai.tavari.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentToolTest {

    @Test
    void wireNamesRoundTrip() {
        for (AgentTool tool : AgentTool.values()) {
            assertThat(AgentTool.fromWireName(tool.wireName())).contains(tool);
        }
        assertThat(AgentTool.values()).extracting(AgentTool::wireName)
                .containsExactly("get_business_hours", "answer_faq", "take_message", "transfer_call", "end_call");
    }

    @Test
    void unknownNamesAreEmpty() {
        assertThat(AgentTool.fromWireName("book_appointment")).isEmpty();
        assertThat(AgentTool.fromWireName("END_CALL")).isEmpty();
        assertThat(AgentTool.fromWireName(null)).isEmpty();
    }
}
