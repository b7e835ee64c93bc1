package ai.tavari.adapters.telephony.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** The upgrade request, carrying the claimed call as its principal. */
final class ClaimedCallRequest extends HttpServletRequestWrapper {
    private final ClaimedCall claimed;

    ClaimedCallRequest(HttpServletRequest request, ClaimedCall claimed) {
        super(request);
        this.claimed = claimed;
    }

    @Override
    public Principal getUserPrincipal() {
        return claimed;
    }

    @Override
    public String getRemoteUser() {
        return claimed.getName();
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }
}
