package ai.tavari.adapters.web.security;

import ai.tavari.application.port.in.auth.Principal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;

/** Reads the principal that {@link AuthenticationFilter} attached to the request. */
public final class CurrentPrincipal {
    static final String PROPERTY = "tavari.principal";

    private CurrentPrincipal() {
    }

    public static Principal of(ContainerRequestContext request) {
        Object principal = request.getProperty(PROPERTY);
        if (principal instanceof Principal p) {
            return p;
        }
        throw new IllegalStateException("no authenticated principal on this request; is the resource @Authenticated?");
    }

    public static Principal of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof OwnerPrincipal owner) {
            return owner.principal();
        }
        throw new IllegalStateException("no authenticated principal on this request; is the resource @Authenticated?");
    }

    /** Adapts our principal to the Jakarta security-context contract. */
    public record OwnerPrincipal(Principal principal) implements java.security.Principal {
        @Override
        public String getName() {
            return principal.userId().toString();
        }
    }
}
