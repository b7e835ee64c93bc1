package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims the media token of a WebSocket upgrade to {@code /media/voximplant} before the container
 * upgrades it: a missing, expired, reused or foreign token gets HTTP 403 and no socket at all.
 * Jakarta WebSocket has no standard way to refuse a handshake with a status, but the container's
 * own upgrade filter is registered to run after the application's filters, so this one decides
 * first. The claimed call rides on the request as its principal ({@link ClaimedCall}).
 */
@WebFilter(filterName = "TavariMediaHandshake", urlPatterns = VoximplantMediaEndpoint.PATH, asyncSupported = true)
public class MediaHandshakeFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(MediaHandshakeFilter.class.getName());

    @Inject
    ConnectCallMedia connectCallMedia;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isWebSocketUpgrade(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> token = MediaTokens.from(request.getHeader(MediaTokens.HEADER),
                request.getParameter(MediaTokens.PARAMETER));
        Optional<CallId> call;
        try {
            call = token.flatMap(connectCallMedia::claim);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "media handshake: the token could not be checked", e);
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "service-unavailable",
                    "The media token could not be checked; try again.");
            return;
        }
        if (call.isEmpty()) {
            LOG.warning(() -> "media handshake refused from " + request.getRemoteAddr() + ": "
                    + (token.isEmpty() ? "no token" : "the token is not valid, has expired or was used"));
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                    "A valid, unused media token is required (X-Tavari-Token header or token parameter).");
            return;
        }
        chain.doFilter(new ClaimedCallRequest(request, new ClaimedCall(call.get())), response);
    }

    static boolean isWebSocketUpgrade(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    private static void refuse(HttpServletResponse response, int status, String slug, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"/problems/" + slug + "\",\"title\":\"Media connection refused\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}");
    }
}
