package ai.tavari.adapters.web.problem;

import ai.tavari.adapters.web.support.RequestIdFilter;
import ai.tavari.application.validation.FieldError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {
    private Problems() {
    }

    public static Response of(ContainerRequestContext request, ProblemType type, String detail) {
        return of(request.getUriInfo(), RequestIdFilter.of(request), type, type.status().getStatusCode(), type.title(),
                detail, List.of());
    }

    public static Response of(UriInfo uriInfo, String requestId, ProblemType type, String detail, List<FieldError> errors) {
        return of(uriInfo, requestId, type, type.status().getStatusCode(), type.title(), detail, errors);
    }

    public static Response of(UriInfo uriInfo, String requestId, ProblemType type, int status, String title, String detail,
                              List<FieldError> errors) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        Problem problem = new Problem(type.uri(), title, status, detail, instance, requestId,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
