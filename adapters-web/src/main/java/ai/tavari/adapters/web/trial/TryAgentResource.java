package ai.tavari.adapters.web.trial;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.application.port.in.agent.TrialMessage;
import ai.tavari.application.port.in.agent.TryAgent;
import ai.tavari.application.validation.InvalidCommandException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Try your agent": the owner types as a caller and reads the agent's answers, from the same
 * instructions and tools as on the phone, on the local text engine (free, no key); nothing is
 * stored, transferred or sent.
 */
@Path("agents/try")
@Tag(name = "Agent", description = "The voice agent's configuration")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TryAgentResource {
    @Inject
    TryAgent tryAgent;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say something to your agent as a caller would; the answer comes back as text")
    public TrialChatView chat(TrialChatRequest request) {
        if (request == null) {
            throw InvalidCommandException.of("text", "must not be blank");
        }
        TrialMessage message = new TrialMessage(Optional.ofNullable(request.conversationId())
                .filter(id -> !id.isBlank()), request.text());
        return TrialChatView.of(tryAgent.chat(CurrentPrincipal.of(security).businessId(), message));
    }
}
