package ai.tavari.adapters.telephony.media;

import ai.tavari.application.port.in.call.ConnectCallMedia;
import ai.tavari.domain.shared.CallId;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The WebSocket handshake of {@code /media/voximplant} (RFC 6455 §4.2), after
 * {@link MediaHandshakeFilter} claimed the media token: answers 101 with the accept key and the
 * {@code chat} sub-protocol when asked for, and hands the connection to a
 * {@link VoximplantMediaEndpoint}.
 */
@WebServlet(name = "TavariMediaSocket", urlPatterns = VoximplantMediaEndpoint.PATH, asyncSupported = true)
public class MediaSocketServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    @Inject
    transient ConnectCallMedia connectCallMedia;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!MediaHandshakeFilter.isWebSocketUpgrade(request)) {
            response.setHeader("Upgrade", "websocket");
            response.sendError(426, "this is a WebSocket endpoint");
            return;
        }
        Optional<CallId> call = ClaimedCall.of(request.getUserPrincipal());
        if (call.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String key = request.getHeader("Sec-WebSocket-Key");
        if (key == null || key.isBlank() || !"13".equals(trim(request.getHeader("Sec-WebSocket-Version")))) {
            response.setHeader("Sec-WebSocket-Version", "13");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "WebSocket version 13 with a key is required");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SWITCHING_PROTOCOLS);
        response.setHeader("Upgrade", "websocket");
        response.setHeader("Connection", "Upgrade");
        response.setHeader("Sec-WebSocket-Accept", accept(key.trim()));
        if (asksFor(request.getHeader("Sec-WebSocket-Protocol"), VoximplantMediaEndpoint.SUBPROTOCOL)) {
            response.setHeader("Sec-WebSocket-Protocol", VoximplantMediaEndpoint.SUBPROTOCOL);
        }
        VoximplantMediaEndpoint socket = request.upgrade(VoximplantMediaEndpoint.class);
        socket.prepare(call.get(), connectCallMedia);
    }

    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    static boolean asksFor(String header, String protocol) {
        if (header == null) {
            return false;
        }
        for (String offered : header.split(",")) {
            if (offered.trim().equals(protocol)) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
