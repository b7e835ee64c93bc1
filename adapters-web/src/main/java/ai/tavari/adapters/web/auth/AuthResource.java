package ai.tavari.adapters.web.auth;

import ai.tavari.adapters.web.security.AuthRateLimits;
import ai.tavari.adapters.web.security.Authenticated;
import ai.tavari.adapters.web.security.CurrentPrincipal;
import ai.tavari.adapters.web.security.SessionCookies;
import ai.tavari.adapters.web.support.ClientAddressResolver;
import ai.tavari.application.port.in.auth.AuthenticatedSession;
import ai.tavari.application.port.in.auth.GetAccount;
import ai.tavari.application.port.in.auth.LogIn;
import ai.tavari.application.port.in.auth.LogInCommand;
import ai.tavari.application.port.in.auth.LogOut;
import ai.tavari.application.port.in.auth.SignUp;
import ai.tavari.application.port.in.auth.SignUpCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Clock;

@Path("auth")
@Tag(name = "Account", description = "Sign-up, log-in and sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    SignUp signUp;
    @Inject
    LogIn logIn;
    @Inject
    LogOut logOut;
    @Inject
    GetAccount getAccount;
    @Inject
    AuthRateLimits rateLimits;
    @Inject
    ClientAddressResolver clientAddresses;
    @Inject
    SessionCookies cookies;
    @Inject
    Clock clock;
    @Context
    HttpServletRequest servletRequest;

    @POST
    @Path("signup")
    @Operation(summary = "Sign up a new business and its owner, and log in",
            description = "Creates the business, its owner and a default agent. Sets the HttpOnly session cookie.")
    @APIResponse(responseCode = "201", description = "Signed up and logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response signUp(SignUpRequest request) {
        SignUpRequest body = request == null ? new SignUpRequest(null, null, null) : request;
        rateLimits.check(clientAddress(), body.email());
        AuthenticatedSession session = signUp.signUp(SignUpCommand.of(body.email(), body.password(), body.businessName()));
        return Response.created(URI.create("/api/auth/me"))
                .cookie(cookies.issue(session.token(), session.expiresAt(), clock.instant()))
                .entity(SessionView.of(session))
                .build();
    }

    @POST
    @Path("login")
    @Operation(summary = "Log in", description = "A wrong password and an unknown e-mail give the same answer. "
            + "Sets the HttpOnly session cookie.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response logIn(LogInRequest request) {
        LogInRequest body = request == null ? new LogInRequest(null, null) : request;
        rateLimits.check(clientAddress(), body.email());
        AuthenticatedSession session = logIn.logIn(new LogInCommand(body.email(), body.password()));
        return Response.ok(SessionView.of(session))
                .cookie(cookies.issue(session.token(), session.expiresAt(), clock.instant()))
                .build();
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The logged-in owner and their business")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    public AccountView me(@Context SecurityContext security) {
        return AccountView.of(getAccount.account(CurrentPrincipal.of(security)));
    }

    @POST
    @Path("logout")
    @Authenticated
    @Operation(summary = "Log out", description = "Revokes the session on the server; its token is refused from then on.")
    @APIResponse(responseCode = "204", description = "Logged out; the session cookie is cleared")
    public Response logOut(@Context SecurityContext security) {
        logOut.logOut(CurrentPrincipal.of(security));
        return Response.noContent().cookie(cookies.clear()).build();
    }

    private String clientAddress() {
        return clientAddresses.resolve(servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"));
    }
}
