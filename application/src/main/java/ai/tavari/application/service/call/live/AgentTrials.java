package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.agent.TrialMessage;
import ai.tavari.application.port.in.agent.TrialReply;
import ai.tavari.application.port.in.agent.TryAgent;
import ai.tavari.application.port.out.ToolJson;
import ai.tavari.application.port.out.conversation.TextEngine;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trial chats with the agent: each runs on the text engine with the business's own instructions
 * and tools, answered by the same tool code as phone calls, but in trial mode (nothing is stored or
 * sent). Chats live in memory on one server and end after {@link #IDLE_LIMIT} without a message.
 */
@Singleton
public class AgentTrials implements TryAgent {
    static final Duration IDLE_LIMIT = Duration.ofMinutes(15);
    static final int MAX_CHATS = 500;

    private final Map<String, TrialChat> chats = new ConcurrentHashMap<>();
    private final TrialSetups setups;
    private final TextEngine engine;
    private final ToolJson json;
    private final Clock clock;

    @Inject
    public AgentTrials(TrialSetups setups, TextEngine engine, ToolJson json, Clock clock) {
        this.setups = setups;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public TrialReply chat(BusinessId businessId, TrialMessage message) {
        Instant now = clock.instant();
        forgetIdleChats(now);
        Optional<TrialChat> existing = message.conversationId().map(chats::get)
                .filter(chat -> chat.businessId().equals(businessId) && !chat.isEnded());
        List<String> said = new ArrayList<>();
        TrialChat chat;
        if (existing.isPresent()) {
            chat = existing.get();
        } else {
            chat = new TrialChat(businessId, setups.load(businessId), engine, json, clock);
            chats.put(chat.id(), chat);
            said.addAll(chat.open());
        }
        said.addAll(chat.say(message.text(), now));
        if (chat.isEnded()) {
            chats.remove(chat.id());
        }
        return new TrialReply(chat.id(), said, chat.toolsUsed(), chat.isEnded());
    }

    private void forgetIdleChats(Instant now) {
        chats.values().removeIf(chat -> {
            boolean idle = chat.lastUsed().plus(IDLE_LIMIT).isBefore(now);
            if (idle) {
                chat.close();
            }
            return idle;
        });
        while (chats.size() >= MAX_CHATS) {
            chats.values().stream().min(Comparator.comparing(TrialChat::lastUsed))
                    .ifPresent(oldest -> {
                        oldest.close();
                        chats.remove(oldest.id());
                    });
        }
    }
}
