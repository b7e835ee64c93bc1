package ai.tavari.adapters.web.notification;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.adapters.web.support.QueryParameters;
import ai.tavari.application.port.in.notification.ChangeNotificationSettings;
import ai.tavari.application.port.in.notification.GetNotificationSettings;
import ai.tavari.application.port.in.notification.ListNotifications;
import ai.tavari.application.port.in.notification.NotificationChoicesCommand;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's notifications: the channels per kind ({@code GET/PUT /api/notifications/settings})
 * and the latest notifications with how their delivery went ({@code GET /api/notifications}), so
 * a failed or waiting one is visible. Always the logged-in owner's business.
 */
@Path("notifications")
@Tag(name = "Notifications", description = "E-mail and SMS to the owner")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {
    @Inject
    GetNotificationSettings getSettings;
    @Inject
    ChangeNotificationSettings changeSettings;
    @Inject
    ListNotifications listNotifications;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The latest notifications, newest first, with their delivery status and last error")
    public NotificationListView list(@QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        int count = parameters.limit(limit, ListNotifications.DEFAULT_LIMIT, ListNotifications.MAX_LIMIT);
        parameters.throwIfInvalid();
        return new NotificationListView(listNotifications.recent(businessId(), count).stream()
                .map(NotificationView::of).toList());
    }

    @GET
    @Path("settings")
    @Operation(summary = "The channels (e-mail, SMS) chosen per kind of notification, and where they go")
    public NotificationSettingsView settings() {
        return NotificationSettingsView.of(getSettings.settings(businessId()));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the channels of the kinds named; the others keep theirs")
    public NotificationSettingsView change(NotificationSettingsRequest body) {
        if (body == null) {
            throw InvalidCommandException.of("body", "is required");
        }
        NotificationChoicesCommand command = NotificationChoicesCommand.of(body.events() == null ? null
                : body.events().stream().map(entry -> entry == null ? null
                : new NotificationChoicesCommand.Entry(entry.event(), entry.email(), entry.sms())).toList());
        return NotificationSettingsView.of(changeSettings.change(businessId(), command));
    }

    private BusinessId businessId() {
        return CurrentPrincipal.of(security).businessId();
    }
}
