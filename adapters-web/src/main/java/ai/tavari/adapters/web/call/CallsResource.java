package ai.tavari.adapters.web.call;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.adapters.web.support.CsvExport;
import ai.tavari.adapters.web.support.PathIds;
import ai.tavari.adapters.web.support.QueryParameters;
import ai.tavari.application.port.in.call.CallFilter;
import ai.tavari.application.port.in.call.GetCall;
import ai.tavari.application.port.in.call.ListCalls;
import ai.tavari.application.port.out.CallQuery;
import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.Page;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's calls: {@code GET /api/calls} (a page, newest first, or every matching call as CSV
 * when asked for {@code text/csv}), {@code GET /api/calls/export} (CSV) and {@code GET /api/calls/{id}}.
 * A call of another business is "not found", exactly like one that does not exist.
 */
@Path("calls")
@Tag(name = "Calls", description = "Calls answered by the agent (read-only; they come from the call pipeline)")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {
    static final List<String> CSV_HEADER = List.of("id", "startedAt", "endedAt", "callerNumber", "state",
            "durationSeconds", "billableMinutes", "outcome", "intent", "summary", "hasMessage", "messageId");

    @Inject
    ListCalls listCalls;
    @Inject
    GetCall getCall;
    @Inject
    Clock clock;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Calls, newest first: filters, cursor pagination and a total; Accept text/csv gives the CSV export")
    public CallListView list(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("outcome") String outcome, @QueryParam("intent") String intent,
                             @QueryParam("hasMessage") String hasMessage, @QueryParam("cursor") String cursor,
                             @QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        CallFilter filter = filter(parameters, from, to, outcome, intent, hasMessage);
        Optional<String> after = parameters.cursor(cursor);
        int pageSize = parameters.limit(limit, CallQuery.DEFAULT_LIMIT, CallQuery.MAX_LIMIT);
        parameters.throwIfInvalid();
        return CallListView.of(listCalls.list(businessId(), filter, after, pageSize));
    }

    /** The list as CSV, for clients that ask for {@code text/csv}; JSON stays the default. */
    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(hidden = true)
    public Response listAsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("outcome") String outcome, @QueryParam("intent") String intent,
                              @QueryParam("hasMessage") String hasMessage) {
        return export(from, to, outcome, intent, hasMessage);
    }

    /** Every call matching the filters as CSV, streamed page by page. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Every matching call as CSV")
    @APIResponse(responseCode = "200", description = "CSV, streamed",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("outcome") String outcome, @QueryParam("intent") String intent,
                           @QueryParam("hasMessage") String hasMessage) {
        QueryParameters parameters = new QueryParameters();
        CallFilter filter = filter(parameters, from, to, outcome, intent, hasMessage);
        parameters.throwIfInvalid();
        BusinessId businessId = businessId();
        // The first page is read here, so a bad filter is still a 400 rather than a broken download.
        Page<CallSummary> first = listCalls.list(businessId, filter, Optional.empty(), CallQuery.MAX_LIMIT);
        return CsvExport.attachment("calls", clock, CSV_HEADER, first,
                cursor -> listCalls.list(businessId, filter, cursor, CallQuery.MAX_LIMIT), CallsResource::cells);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call with its transcript, summary, intent, outcome and message")
    public CallDetailsView get(@PathParam("id") String id) {
        return CallDetailsView.of(getCall.get(businessId(), parseId(id)));
    }

    private static CallFilter filter(QueryParameters parameters, String from, String to, String outcome, String intent,
                                     String hasMessage) {
        return new CallFilter(parameters.time("from", from), parameters.time("to", to),
                parameters.choice("outcome", outcome, Outcome.class), parameters.choice("intent", intent, Intent.class),
                parameters.flag("hasMessage", hasMessage));
    }

    private static List<?> cells(CallSummary call) {
        return Arrays.asList(call.id(), call.startedAt(), call.endedAt().orElse(null), call.callerNumber(),
                call.state(), call.duration().getSeconds(), call.billableMinutes(), call.outcome().orElse(null),
                call.intent().orElse(null), call.summary().orElse(null), call.hasMessage(),
                call.linkedMessageId().map(MessageId::toString).orElse(null));
    }

    private static CallId parseId(String id) {
        return PathIds.parse(id, CallId::of, "call");
    }

    private BusinessId businessId() {
        return CurrentPrincipal.of(security).businessId();
    }
}
