package ai.tavari.adapters.web.setup;

import ai.tavari.application.port.in.setup.AgentConfiguration;
import ai.tavari.domain.agent.AgentProfile;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The agent configuration in the shape {@code PUT /api/agents} takes, plus whether the agent is
 * live and {@code instructionsPreview}: the exact instructions the voice agent gets on a call
 * that starts now.
 */
@JsonbPropertyOrder({"agentName", "greeting", "voice", "language", "instructions", "hours", "faqs", "messageSettings",
        "live", "instructionsPreview"})
public record AgentView(String agentName, String greeting, String voice, String language, String instructions,
                        HoursView hours, List<FaqView> faqs, MessageSettingsView messageSettings, boolean live,
                        String instructionsPreview) {
    static AgentView of(AgentConfiguration configuration) {
        AgentProfile profile = configuration.profile();
        return new AgentView(profile.agentName(), profile.greeting(), profile.voice(), profile.language(),
                profile.instructions(), HoursView.of(profile), profile.faqs().stream().map(FaqView::of).toList(),
                MessageSettingsView.of(profile), configuration.live(), configuration.instructionsPreview());
    }
}
