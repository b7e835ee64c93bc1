package ai.tavari.adapters.telephony.webhook;

import ai.tavari.application.port.in.call.AuthorizeIncomingCall;
import ai.tavari.application.port.in.call.RecordTelephonyEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/calls/webhook}: the VoxEngine scenario's signed call events (CONTRACT.md §1).
 * Public (the scenario signs, it does not log in); the body is read as raw bytes because the
 * signature covers them exactly. Not part of the owner API's document.
 */
@Path("calls/webhook")
@RequestScoped
public class CallWebhookResource {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String REQUEST_ID = "tavari.requestId";
    private static final Logger LOG = Logger.getLogger(CallWebhookResource.class.getName());

    @Inject
    @ConfigProperty(name = "voximplant.webhook.secret")
    Optional<String> secret;
    @Inject
    @ConfigProperty(name = "tavari.public.url")
    Optional<String> publicUrl;
    @Inject
    Clock clock;
    @Inject
    AuthorizeIncomingCall authorizeIncomingCall;
    @Inject
    RecordTelephonyEvent recordTelephonyEvent;
    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemJson.MEDIA_TYPE})
    @Operation(hidden = true)
    public Response receive(InputStream body, @HeaderParam(WebhookSignature.HEADER) String signature) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        WebhookAnswer answer = bytes.length > MAX_BODY_BYTES
                ? WebhookAnswer.Refused.of(413, "payload-too-large", "The request is too large",
                        "A webhook body is at most " + MAX_BODY_BYTES + " bytes.")
                : new CallWebhook(secret, clock, authorizeIncomingCall, recordTelephonyEvent)
                        .receive(bytes, signature, () -> MediaSocketAddress.of(publicUrl, requestBase()));
        if (answer instanceof WebhookAnswer.Accepted accepted) {
            return Response.ok(accepted.json(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        WebhookAnswer.Refused refused = (WebhookAnswer.Refused) answer;
        LOG.warning(() -> "call webhook refused (" + refused.status() + "): " + refused.detail()
                + refused.errors().stream().map(e -> " " + e.field() + " " + e.message() + ";").collect(Collectors.joining()));
        Object requestId = request.getAttribute(REQUEST_ID);
        return Response.status(refused.status())
                .type(ProblemJson.MEDIA_TYPE)
                .entity(ProblemJson.render(refused, request.getRequestURI(), requestId == null ? null : requestId.toString()))
                .build();
    }

    /** Scheme, host, port and context path of this request: where the media socket lives without a public URL. */
    private URI requestBase() {
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
    }
}
