package ai.tavari.adapters.web.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API answers with; each type URI is stable for clients to switch on. */
public enum ProblemType {
    VALIDATION("validation", "Your input has errors", Status.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "The request could not be read", Status.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "You need to log in", Status.UNAUTHORIZED),
    INVALID_CREDENTIALS("invalid-credentials", "E-mail or password is incorrect", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Not allowed", Status.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
    CONFLICT("conflict", "That conflicts with existing data", Status.CONFLICT),
    NO_BILLING_ACCOUNT("no-billing-account", "No billing account yet", Status.CONFLICT),
    BILLING_NOT_CONFIGURED("billing-not-configured", "Billing is not configured", Status.SERVICE_UNAVAILABLE),
    BILLING_UNAVAILABLE("billing-unavailable", "Payments are unavailable right now", Status.SERVICE_UNAVAILABLE),
    BILLING_PROVIDER_ERROR("billing-provider-error", "The payment provider refused the request", Status.BAD_GATEWAY),
    RATE_LIMITED("rate-limited", "Too many attempts", Status.TOO_MANY_REQUESTS),
    HTTP_ERROR("http-error", "Request failed", Status.BAD_REQUEST),
    INTERNAL("internal", "Something went wrong on our side", Status.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final String title;
    private final Status status;

    ProblemType(String slug, String title, Status status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public Status status() {
        return status;
    }
}
