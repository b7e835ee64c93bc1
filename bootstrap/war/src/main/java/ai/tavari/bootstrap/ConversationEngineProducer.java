package ai.tavari.bootstrap;

import ai.tavari.adapters.ai.local.LocalConversationEngine;
import ai.tavari.adapters.ai.openai.OpenAiCallSummarizer;
import ai.tavari.adapters.ai.openai.OpenAiRealtimeEngine;
import ai.tavari.application.port.out.CallSummarizer;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineCapability;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.application.port.out.conversation.TextEngine;
import ai.tavari.adapters.ai.openai.OpenAiRealtimeSettings;
import ai.tavari.application.port.out.conversation.ConversationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engine that talks to callers: OpenAI Realtime when {@code openai.api.key} is set; otherwise
 * the local text engine (rules over the business's own data), which cannot speak, so calls take
 * the voicemail path.
 */
@ApplicationScoped
public class ConversationEngineProducer {
    private static final Logger LOG = Logger.getLogger(ConversationEngineProducer.class.getName());

    @Inject
    @ConfigProperty(name = "openai.api.key")
    Optional<String> apiKey;
    @Inject
    @ConfigProperty(name = "openai.realtime.url", defaultValue = "wss://api.openai.com/v1/realtime")
    String url;
    @Inject
    @ConfigProperty(name = "openai.realtime.model", defaultValue = "gpt-realtime")
    String model;
    @Inject
    @ConfigProperty(name = "openai.api.url", defaultValue = "https://api.openai.com/v1")
    String apiUrl;
    @Inject
    @ConfigProperty(name = "openai.summary.model", defaultValue = "gpt-4o-mini")
    String summaryModel;

    @Produces
    @ApplicationScoped
    ConversationEngine engine() {
        if (apiKey.filter(key -> !key.isBlank()).isEmpty()) {
            LOG.info("openai.api.key is not set: calls go to voicemail; the local engine answers text chats");
            return new LocalConversationEngine();
        }
        LOG.info(() -> "calls are answered by " + model + " at " + url);
        return new OpenAiRealtimeEngine(new OpenAiRealtimeSettings(URI.create(url), apiKey.get(), model,
                OpenAiRealtimeSettings.DEFAULT_CONNECT_TIMEOUT));
    }

    /** Summaries written by an OpenAI text model when a key is set; otherwise calls keep their extractive summary. */
    @Produces
    @ApplicationScoped
    CallSummarizer summarizer() {
        if (apiKey.filter(key -> !key.isBlank()).isEmpty()) {
            return CallSummarizer.NONE;
        }
        return new OpenAiCallSummarizer(URI.create(apiUrl), apiKey.get(), summaryModel);
    }

    /**
     * The trial chat always runs on the local text engine: free, and no key needed. Typed as a text
     * engine only, so it never competes with the engine that answers calls.
     */
    @Produces
    @ApplicationScoped
    @Typed(TextEngine.class)
    TextEngine textEngine() {
        LocalConversationEngine local = new LocalConversationEngine();
        return new TextEngine() {
            @Override
            public Set<EngineCapability> capabilities() {
                return local.capabilities();
            }

            @Override
            public ConversationSession start(CallSetup setup, Consumer<EngineEvent> events) {
                return local.start(setup, events);
            }
        };
    }
}
