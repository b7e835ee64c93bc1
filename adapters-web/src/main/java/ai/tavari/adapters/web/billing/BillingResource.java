package ai.tavari.adapters.web.billing;

import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.application.port.in.auth.Principal;
import ai.tavari.application.port.in.billing.CheckoutCommand;
import ai.tavari.application.port.in.billing.GetBillingStatus;
import ai.tavari.application.port.in.billing.ListPlansForSale;
import ai.tavari.application.port.in.billing.OpenBillingPortal;
import ai.tavari.application.port.in.billing.StartCheckout;
import ai.tavari.domain.business.BusinessId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's plan and payments: {@code POST /api/billing/checkout}, {@code GET /api/billing/portal}
 * and {@code GET /api/billing/status}, always for the logged-in owner's own business. Without Stripe
 * keys checkout and portal answer 503 {@code billing-not-configured}; when Stripe fails they answer
 * 503 {@code billing-unavailable} (with {@code Retry-After}) or 502 {@code billing-provider-error};
 * the status always answers, from the stored subscription.
 */
@Path("billing")
@Tag(name = "Billing", description = "Plan, subscription and payments")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {
    @Inject
    StartCheckout startCheckout;
    @Inject
    OpenBillingPortal openBillingPortal;
    @Inject
    GetBillingStatus getBillingStatus;
    @Inject
    ListPlansForSale listPlansForSale;
    @Resource
    ManagedExecutorService stripeCalls;
    @Context
    SecurityContext security;
    @Context
    UriInfo uriInfo;

    @POST
    @Path("checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start buying a plan: the address of a Stripe Checkout page")
    @APIResponse(responseCode = "200", description = "Where to send the browser",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectView.class)))
    public void checkout(CheckoutRequest request, @Suspended AsyncResponse response) {
        if (request == null) {
            throw new BadRequestException("a body {\"plan\"} is required");
        }
        Principal principal = CurrentPrincipal.of(security);
        CheckoutCommand command = new CheckoutCommand(principal.businessId(), principal.userId(), request.plan(),
                dashboard());
        offTheRequestThread(response, () -> new RedirectView(startCheckout.checkout(command).toString()));
    }

    @GET
    @Path("portal")
    @Operation(summary = "Manage the subscription: the address of a Stripe Billing Portal session")
    @APIResponse(responseCode = "200", description = "Where to send the browser",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectView.class)))
    public void portal(@Suspended AsyncResponse response) {
        BusinessId business = CurrentPrincipal.of(security).businessId();
        URI billingPage = dashboard().resolve("billing");
        offTheRequestThread(response, () -> new RedirectView(openBillingPortal.portal(business, billingPage).toString()));
    }

    @GET
    @Path("status")
    @Operation(summary = "Plan, subscription status and period, cancel-at-period-end and minutes")
    public BillingStatusView status() {
        return BillingStatusView.of(getBillingStatus.status(CurrentPrincipal.of(security).businessId()));
    }

    @GET
    @Path("plans")
    @Operation(summary = "The plans on sale, with their price, minutes, calls at once and price of extra minutes")
    public PlanListView plans() {
        return new PlanListView(listPlansForSale.plansForSale().stream().map(PlanOfferView::of).toList());
    }

    /**
     * Runs a call to Stripe on the managed executor and answers when it is done. The server's
     * HTTP workers also carry every live call's audio and are few (see the launcher's
     * PayaraServer); Stripe may take up to half a minute per attempt, and must not hold one.
     */
    private void offTheRequestThread(AsyncResponse response, Supplier<RedirectView> stripeCall) {
        stripeCalls.execute(() -> {
            try {
                response.resume(stripeCall.get());
            } catch (RuntimeException e) {
                response.resume(e);
            }
        });
    }

    /** The dashboard's root: the API lives under {@code /api/} beside it. */
    private URI dashboard() {
        return uriInfo.getBaseUri().resolve("..");
    }
}
