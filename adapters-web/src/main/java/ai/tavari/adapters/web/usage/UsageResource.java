package ai.tavari.adapters.web.usage;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.adapters.web.support.QueryParameters;
import ai.tavari.application.port.in.usage.GetUsageHistory;
import ai.tavari.application.port.in.usage.GetUsageStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Minutes used against the plan: {@code GET /api/usage/status} and {@code GET /api/usage/monthly?months=12}. */
@Path("usage")
@Tag(name = "Usage", description = "Minutes used against the plan")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {
    @Inject
    GetUsageStatus getUsageStatus;
    @Inject
    GetUsageHistory getUsageHistory;
    @Context
    SecurityContext security;

    @GET
    @Path("status")
    @Operation(summary = "Plan, minutes included, used and remaining in this period, and the warning state")
    public UsageStatusView status() {
        return UsageStatusView.of(getUsageStatus.status(CurrentPrincipal.of(security).businessId()));
    }

    @GET
    @Path("monthly")
    @Operation(summary = "Minutes per month, and per day in the current period (chart-ready)")
    public UsageHistoryView monthly(@QueryParam("months") String months) {
        QueryParameters parameters = new QueryParameters();
        int count = parameters.wholeNumber("months", months, GetUsageHistory.DEFAULT_MONTHS, 1, GetUsageHistory.MAX_MONTHS);
        parameters.throwIfInvalid();
        return UsageHistoryView.of(getUsageHistory.history(CurrentPrincipal.of(security).businessId(), count));
    }
}
