package ai.tavari.adapters.web.support;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives every API request an id (the caller's {@code X-Request-Id} when it is sane, else a new
 * one), echoes it in the response and writes one access log line carrying it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String PROPERTY = "tavari.requestId";
    private static final String STARTED = "tavari.requestStartedNanos";
    private static final Pattern SANE_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final Logger ACCESS_LOG = Logger.getLogger("ai.tavari.access");

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        if (ACCESS_LOG.isLoggable(Level.INFO)) {
            long elapsedMicros = (System.nanoTime() - (Long) request.getProperty(STARTED)) / 1000;
            ACCESS_LOG.info(() -> String.format("requestId=%s %s /%s %d %d.%03dms", id, request.getMethod(),
                    request.getUriInfo().getPath(), response.getStatus(), elapsedMicros / 1000, elapsedMicros % 1000));
        }
    }

    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? "unknown" : id.toString();
    }
}
