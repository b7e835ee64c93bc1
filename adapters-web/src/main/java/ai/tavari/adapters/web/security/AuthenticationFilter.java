package ai.tavari.adapters.web.security;

import ai.tavari.adapters.web.problem.ProblemType;
import ai.tavari.adapters.web.problem.Problems;
import ai.tavari.application.port.in.auth.Authenticate;
import ai.tavari.application.port.in.auth.Principal;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Lets a request into an {@link Authenticated} resource only with a live session token, from
 * {@code Authorization: Bearer} or from the session cookie.
 */
@Provider
@ApplicationScoped
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    @Inject
    Authenticate authenticate;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Principal> principal = token(request).flatMap(authenticate::authenticate);
        if (principal.isEmpty()) {
            request.abortWith(Problems.of(request, ProblemType.UNAUTHENTICATED,
                    "Log in, or send a valid session token, to use this endpoint."));
            return;
        }
        request.setProperty(CurrentPrincipal.PROPERTY, principal.get());
        boolean secure = request.getSecurityContext().isSecure();
        CurrentPrincipal.OwnerPrincipal owner = new CurrentPrincipal.OwnerPrincipal(principal.get());
        request.setSecurityContext(new SecurityContext() {
            @Override
            public java.security.Principal getUserPrincipal() {
                return owner;
            }

            @Override
            public boolean isUserInRole(String role) {
                return "OWNER".equals(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    static Optional<String> token(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(header.substring(BEARER.length()).strip()).filter(t -> !t.isEmpty());
        }
        Cookie cookie = request.getCookies().get(SessionCookies.NAME);
        return Optional.ofNullable(cookie).map(Cookie::getValue).filter(t -> !t.isBlank());
    }
}
