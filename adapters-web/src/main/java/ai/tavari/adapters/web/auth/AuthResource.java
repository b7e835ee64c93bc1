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
import java.time.Clock;

@Path("auth")
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
    public AccountView me(@Context SecurityContext security) {
        return AccountView.of(getAccount.account(CurrentPrincipal.of(security)));
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logOut(@Context SecurityContext security) {
        logOut.logOut(CurrentPrincipal.of(security));
        return Response.noContent().cookie(cookies.clear()).build();
    }

    private String clientAddress() {
        return clientAddresses.resolve(servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"));
    }
}
