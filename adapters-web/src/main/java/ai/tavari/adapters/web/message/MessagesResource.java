package ai.tavari.adapters.web.message;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.adapters.web.support.CsvExport;
import ai.tavari.adapters.web.support.PathIds;
import ai.tavari.adapters.web.support.QueryParameters;
import ai.tavari.application.port.in.message.GetMessage;
import ai.tavari.application.port.in.message.ListMessages;
import ai.tavari.application.port.in.message.MarkMessage;
import ai.tavari.application.port.in.message.MessageFilter;
import ai.tavari.application.port.in.message.MessageList;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.MessageId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
 * The owner's messages: the list with the unread count, CSV export, one message, and marking it
 * read or unread ({@code PATCH .../read}, {@code PATCH .../unread}, or {@code PATCH /api/messages/{id}}
 * with {@code {"read": bool}}), all idempotent. Another business's message is "not found".
 */
@Path("messages")
@Tag(name = "Messages", description = "Messages the agent took for the owner")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {
    static final List<String> CSV_HEADER = List.of("id", "createdAt", "callerName", "callbackNumber", "callerEmail",
            "reason", "urgency", "read", "readAt", "callId");

    @Inject
    ListMessages listMessages;
    @Inject
    GetMessage getMessage;
    @Inject
    MarkMessage markMessage;
    @Inject
    Clock clock;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Messages, newest first: filters, cursor pagination, a total and the unread count; Accept text/csv gives the CSV export")
    public MessageListView list(@QueryParam("unread") String unread, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("urgency") String urgency,
                                @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        MessageFilter filter = filter(parameters, unread, from, to, urgency);
        Optional<String> after = parameters.cursor(cursor);
        int pageSize = parameters.limit(limit, MessageQuery.DEFAULT_LIMIT, MessageQuery.MAX_LIMIT);
        parameters.throwIfInvalid();
        return MessageListView.of(listMessages.list(businessId(), filter, after, pageSize));
    }

    /** The list as CSV, for clients that ask for {@code text/csv}; JSON stays the default. */
    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(hidden = true)
    public Response listAsCsv(@QueryParam("unread") String unread, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("urgency") String urgency) {
        return export(unread, from, to, urgency);
    }

    /** Every message matching the filters as CSV, streamed page by page. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Every matching message as CSV")
    @APIResponse(responseCode = "200", description = "CSV, streamed",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("unread") String unread, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("urgency") String urgency) {
        QueryParameters parameters = new QueryParameters();
        MessageFilter filter = filter(parameters, unread, from, to, urgency);
        parameters.throwIfInvalid();
        BusinessId businessId = businessId();
        // The first page is read here, so a bad filter is still a 400 rather than a broken download.
        MessageList first = listMessages.list(businessId, filter, Optional.empty(), MessageQuery.MAX_LIMIT);
        return CsvExport.attachment("messages", clock, CSV_HEADER, first.page(),
                cursor -> listMessages.list(businessId, filter, cursor, MessageQuery.MAX_LIMIT).page(),
                MessagesResource::cells);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message")
    public MessageView get(@PathParam("id") String id) {
        return MessageView.of(getMessage.get(businessId(), parseId(id)));
    }

    @PATCH
    @Path("{id}/read")
    @Operation(summary = "Mark a message read (idempotent)")
    public MessageView markRead(@PathParam("id") String id) {
        return MessageView.of(markMessage.markRead(businessId(), parseId(id), true));
    }

    @PATCH
    @Path("{id}/unread")
    @Operation(summary = "Mark a message unread (idempotent)")
    public MessageView markUnread(@PathParam("id") String id) {
        return MessageView.of(markMessage.markRead(businessId(), parseId(id), false));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a message's read state")
    public MessageView update(@PathParam("id") String id, ReadStateRequest request) {
        MessageId messageId = parseId(id);
        if (request == null || request.read() == null) {
            throw InvalidCommandException.of("read", "is required: true or false");
        }
        return MessageView.of(markMessage.markRead(businessId(), messageId, request.read()));
    }

    private static MessageFilter filter(QueryParameters parameters, String unread, String from, String to,
                                        String urgency) {
        return new MessageFilter(parameters.flag("unread", unread).orElse(false), parameters.time("from", from),
                parameters.time("to", to), parameters.choice("urgency", urgency, Urgency.class));
    }

    private static List<?> cells(Message message) {
        MessageView view = MessageView.of(message);
        return Arrays.asList(view.id(), message.createdAt(), view.callerName(), view.callbackNumber(),
                view.callerEmail(), view.reason(), view.urgency(), view.read(), message.readAt().orElse(null),
                message.callId().map(CallId::toString).orElse(null));
    }

    private static MessageId parseId(String id) {
        return PathIds.parse(id, MessageId::of, "message");
    }

    private BusinessId businessId() {
        return CurrentPrincipal.of(security).businessId();
    }
}
