package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Try your agent": the owner chats as a caller with the local text engine, over the owner API. */
@ExtendWith(RunningTavari.class)
class TryAgentIT {

    @Test
    void theAgentGreetsAndAnswersFromTheOwnersFaqsAndHours(TavariServer server) {
        Owner owner = LiveNumbers.finishedOwner(server, "Trial Tavern");

        OwnerApi.Answer first = owner.post("api/agents/try", "{\"text\":\"Do you take walk-ins?\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonObject reply = first.object();
        assertThat(reply.getJsonArray("agentSaid").getString(0)).contains("Bella Hair");
        assertThat(reply.getJsonArray("agentSaid").toString()).contains("when a chair is free");
        assertThat(reply.getJsonArray("toolsUsed").getString(0)).isEqualTo("answer_faq");

        OwnerApi.Answer bye = owner.post("api/agents/try",
                "{\"text\":\"Thanks, bye\",\"conversationId\":\"" + reply.getString("conversationId") + "\"}");
        assertThat(bye.object().getBoolean("ended")).isTrue();
        assertThat(owner.get("api/messages").object().getInt("total")).as("a trial stores nothing").isZero();
    }

    @Test
    void anotherOwnerCannotJoinTheChatAndBadInputIsRefused(TavariServer server) {
        Owner first = LiveNumbers.finishedOwner(server, "Trial One");
        Owner second = new OwnerApi(server).signUp("Trial Two");
        String conversation = first.post("api/agents/try", "{\"text\":\"Hello\"}").object().getString("conversationId");

        JsonObject theirs = second.post("api/agents/try",
                "{\"text\":\"Hello\",\"conversationId\":\"" + conversation + "\"}").object();

        assertThat(theirs.getString("conversationId")).isNotEqualTo(conversation);
        assertThat(second.post("api/agents/try", "{\"text\":\"\"}").errorFields()).containsExactly("text");
        assertThat(new OwnerApi(server).anonymous("POST", "api/agents/try", "{\"text\":\"Hi\"}").status()).isEqualTo(401);
    }
}
