package ai.tavari.adapters.ai.local;

import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A text-only agent made of keyword rules: no network, no key, no cost. It powers the dashboard's
 * "try your agent" chat and runs when no AI service is configured. It picks the setup's tools the way
 * the voice agent would, so the same tool code answers it.
 */
public final class LocalConversationEngine implements ConversationEngine {
    @Override
    public Set<EngineCapability> capabilities() {
        return Set.of();
    }

    @Override
    public ConversationSession start(CallSetup setup, Consumer<EngineEvent> events) {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(events, "events");
        LocalSession session = new LocalSession(setup, events);
        session.begin();
        return session;
    }
}
