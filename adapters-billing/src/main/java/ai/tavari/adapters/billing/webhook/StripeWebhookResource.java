package ai.tavari.adapters.billing.webhook;

import ai.tavari.application.port.in.billing.RecordBillingEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/billing/webhook}: Stripe's signed events. Public (Stripe signs, it does not log
 * in); the body is taken as raw bytes because the signature covers them exactly.
 */
@Path("billing/webhook")
@RequestScoped
public class StripeWebhookResource {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_ID = "tavari.requestId";
    private static final Logger LOG = Logger.getLogger(StripeWebhookResource.class.getName());

    @Inject
    @ConfigProperty(name = "stripe.webhook.secret")
    Optional<String> secret;
    @Inject
    RecordBillingEvent recordBillingEvent;
    @Context
    HttpServletRequest request;

    @JsonbPropertyOrder({"type", "title", "status", "detail", "requestId"})
    public record WebhookProblem(String type, String title, int status, String detail, String requestId) {
    }

    @JsonbPropertyOrder({"received", "eventId", "result"})
    public record Receipt(boolean received, String eventId, String result) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, PROBLEM_JSON})
    public Response receive(byte[] body, @HeaderParam("Stripe-Signature") String signature) {
        StripeWebhook.Outcome outcome = new StripeWebhook(secret, recordBillingEvent).receive(body, signature);
        if (outcome instanceof StripeWebhook.Outcome.Acknowledged acknowledged) {
            LOG.fine(() -> "stripe event " + acknowledged.eventId() + ": " + acknowledged.result());
            return Response.ok(new Receipt(true, acknowledged.eventId(), acknowledged.result().name().toLowerCase()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        StripeWebhook.Outcome.Rejected rejected = (StripeWebhook.Outcome.Rejected) outcome;
        LOG.warning(() -> "stripe webhook refused (" + rejected.status() + "): " + rejected.detail());
        Object requestId = request == null ? null : request.getAttribute(REQUEST_ID);
        return Response.status(rejected.status())
                .type(PROBLEM_JSON)
                .entity(new WebhookProblem("/problems/" + rejected.slug(), rejected.title(), rejected.status(),
                        rejected.detail(), requestId == null ? null : requestId.toString()))
                .build();
    }
}
