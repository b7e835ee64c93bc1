package ai.tavari.adapters.web.problem;

import ai.tavari.adapters.web.security.RateLimitExceededException;
import ai.tavari.adapters.web.support.RequestIdFilter;
import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.in.auth.InvalidCredentialsException;
import ai.tavari.application.port.in.billing.BillingNotConfiguredException;
import ai.tavari.application.port.in.billing.NoBillingAccountException;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.application.port.out.BillingUnavailableException;
import ai.tavari.application.port.out.StaleDataException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into an RFC 9457 problem. Unexpected errors are logged with the request id
 * and answered without internals.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof InvalidCommandException invalid) {
            return problem(ProblemType.VALIDATION, "Fix the fields listed in errors and try again.", invalid.errors());
        }
        if (cause instanceof DomainValidationException invalid) {
            return problem(ProblemType.VALIDATION, "Fix the fields listed in errors and try again.",
                    List.of(new FieldError(invalid.field(), invalid.getMessage())));
        }
        if (cause instanceof ConstraintViolationException violations) {
            return problem(ProblemType.VALIDATION, "Fix the fields listed in errors and try again.",
                    violations.getConstraintViolations().stream()
                            .map(v -> new FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                            .sorted(java.util.Comparator.comparing(FieldError::field))
                            .toList());
        }
        if (cause instanceof ai.tavari.application.port.in.NotFoundException notFound) {
            return problem(ProblemType.NOT_FOUND, notFound.getMessage() + ".", List.of());
        }
        if (cause instanceof StaleDataException) {
            return problem(ProblemType.CONFLICT,
                    "Someone else changed this at the same time. Reload and apply your change again.", List.of());
        }
        if (cause instanceof EmailAlreadyRegisteredException) {
            return problem(ProblemType.CONFLICT, "An account with this e-mail already exists; log in instead.",
                    List.of(new FieldError("email", "is already registered")));
        }
        if (cause instanceof BillingNotConfiguredException) {
            return problem(ProblemType.BILLING_NOT_CONFIGURED, "This server takes no payments: set STRIPE_SECRET_KEY "
                    + "to sell plans. Every business stays on the default plan.", List.of());
        }
        if (cause instanceof BillingUnavailableException unavailable) {
            return billingUnavailable(unavailable);
        }
        if (cause instanceof NoBillingAccountException) {
            return problem(ProblemType.NO_BILLING_ACCOUNT, "There is no subscription to manage yet: choose a plan "
                    + "through checkout first.", List.of());
        }
        if (cause instanceof InvalidCredentialsException) {
            return problem(ProblemType.INVALID_CREDENTIALS, "Check your e-mail and password and try again.", List.of());
        }
        if (cause instanceof RateLimitExceededException limited) {
            Response response = problem(ProblemType.RATE_LIMITED,
                    "Too many attempts. Try again in " + limited.retryAfterSeconds() + " seconds.", List.of());
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds()).build();
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException
                || cause instanceof ProcessingException) {
            return problem(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape.", List.of());
        }
        if (cause instanceof BadRequestException) {
            return problem(ProblemType.MALFORMED_REQUEST, "The request body is missing or is not valid JSON.", List.of());
        }
        if (cause instanceof NotFoundException) {
            return problem(ProblemType.NOT_FOUND, "There is nothing at this address.", List.of());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problems.of(uriInfo, requestId(), ProblemType.HTTP_ERROR, status.getStatusCode(),
                    status.getReasonPhrase(), web.getMessage(), List.of());
        }
        LOG.log(Level.SEVERE, "requestId=" + requestId() + " unexpected failure", failure);
        return problem(ProblemType.INTERNAL, "Please try again. If it keeps happening, quote request id "
                + requestId() + ".", List.of());
    }

    /**
     * A violation's path names the resource method and parameter first ({@code save.arg0.name});
     * owners need only the part inside the request body ({@code name}). An element of a list
     * carries its index on the node after the list's ({@code faqs}, then {@code question} at
     * index 2), and a constraint on the element itself is a {@code <list element>} node: both
     * read as {@code faqs[2].question} and {@code urgentKeywords[1]}.
     */
    public static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && position != null) {
                field.append('[').append(position).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private Response billingUnavailable(BillingUnavailableException failure) {
        LOG.log(Level.WARNING, "requestId=" + requestId() + " payment provider: " + failure.getMessage());
        BillingFailureAnswer answer = BillingFailureAnswer.of(failure, requestId());
        Response response = problem(answer.type(), answer.detail(), List.of());
        return answer.retryAfterSeconds()
                .map(seconds -> Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build())
                .orElse(response);
    }

    private Response problem(ProblemType type, String detail, List<FieldError> errors) {
        return Problems.of(uriInfo, requestId(), type, detail, errors);
    }

    private String requestId() {
        Object id = servletRequest == null ? null : servletRequest.getAttribute(RequestIdFilter.PROPERTY);
        return id == null ? null : id.toString();
    }

    /** Containers wrap application exceptions (EJB, transactions, CDI); the cause is what matters. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < 10 && current.getCause() != null && isWrapper(current); depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable failure) {
        String name = failure.getClass().getName();
        return name.startsWith("jakarta.transaction.") || name.startsWith("jakarta.ejb.")
                || name.startsWith("jakarta.enterprise.") || name.startsWith("jakarta.persistence.")
                || name.startsWith("org.jboss.weld.") || name.equals("java.lang.reflect.UndeclaredThrowableException")
                || name.equals("java.lang.reflect.InvocationTargetException");
    }
}
