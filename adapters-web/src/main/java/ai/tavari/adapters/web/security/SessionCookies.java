package ai.tavari.adapters.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The HttpOnly, SameSite=Lax cookie that carries the session token for the dashboard. */
@ApplicationScoped
public class SessionCookies {
    public static final String NAME = "tavari_session";
    private boolean secure;

    /** For the container's client proxy. */
    protected SessionCookies() {
    }

    @Inject
    public SessionCookies(@ConfigProperty(name = "tavari.auth.cookie.secure", defaultValue = "false") boolean secure) {
        this.secure = secure;
    }

    public NewCookie issue(String token, Instant expiresAt, Instant now) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).getSeconds());
        NewCookie.Builder builder = base(token);
        builder.maxAge((int) Math.min(Integer.MAX_VALUE, maxAge)).expiry(Date.from(expiresAt));
        return builder.build();
    }

    public NewCookie clear() {
        NewCookie.Builder builder = base("");
        builder.maxAge(0).expiry(Date.from(Instant.EPOCH));
        return builder.build();
    }

    private NewCookie.Builder base(String value) {
        NewCookie.Builder builder = new NewCookie.Builder(NAME);
        builder.value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .version(Cookie.DEFAULT_VERSION);
        return builder;
    }
}
