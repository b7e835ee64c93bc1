package ai.tavari.adapters.web.setup;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.application.port.in.auth.GetAccount;
import ai.tavari.application.port.in.setup.ConfigureAgent;
import ai.tavari.application.port.in.setup.GetAgentConfiguration;
import ai.tavari.domain.business.Business;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own agent: its whole configuration with the wizard's rules. {@code PUT} replaces
 * steps 2 to 5 at once, {@code PATCH} only the members present; both mark those steps as saved.
 */
@Path("agents")
@Tag(name = "Agent", description = "The voice agent's configuration")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {
    @Inject
    GetAgentConfiguration getAgentConfiguration;
    @Inject
    ConfigureAgent configureAgent;
    @Inject
    GetAccount getAccount;
    @Inject
    SetupCommands commands;

    @GET
    @Operation(summary = "The agent configuration, with a preview of the instructions the voice agent receives")
    public AgentView get(@Context SecurityContext security) {
        return AgentView.of(getAgentConfiguration.configuration(CurrentPrincipal.of(security).businessId()));
    }

    @PUT
    @Operation(summary = "Replace the agent configuration (same rules as the wizard)")
    public AgentView replace(@Context SecurityContext security, AgentRequest body) {
        Business business = business(security);
        return AgentView.of(configureAgent.configure(business.id(), commands.replacement(body, business)));
    }

    @PATCH
    @Operation(summary = "Change some members of the agent configuration")
    public AgentView change(@Context SecurityContext security, AgentChangesRequest body) {
        Business business = business(security);
        return AgentView.of(configureAgent.configure(business.id(), commands.changes(body, business)));
    }

    private Business business(SecurityContext security) {
        return getAccount.account(CurrentPrincipal.of(security)).business();
    }
}
