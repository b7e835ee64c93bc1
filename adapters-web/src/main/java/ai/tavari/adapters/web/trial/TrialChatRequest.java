package ai.tavari.adapters.web.trial;

/** {@code {"text": "Are you open on Sunday?", "conversationId": "…"}}; leave the id out to start a chat. */
public record TrialChatRequest(String text, String conversationId) {
}
