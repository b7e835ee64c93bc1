package ai.tavari.application.port.out.conversation;

/**
 * An engine that converses in text, whatever engine answers calls: the dashboard's trial chat uses
 * it so that trying the agent costs nothing and needs no key.
 */
public interface TextEngine extends ConversationEngine {
}
