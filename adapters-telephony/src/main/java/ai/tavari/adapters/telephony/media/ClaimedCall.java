package ai.tavari.adapters.telephony.media;

import ai.tavari.domain.shared.CallId;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The call whose media token was claimed at this socket's handshake. It travels from the
 * handshake filter to the endpoint as the connection's user principal: the one value the
 * container copies from the upgrade request into the WebSocket session for each connection.
 */
record ClaimedCall(CallId callId) implements Principal {
    ClaimedCall {
        Objects.requireNonNull(callId, "callId");
    }

    static Optional<CallId> of(Principal principal) {
        return principal instanceof ClaimedCall claimed ? Optional.of(claimed.callId()) : Optional.empty();
    }

    @Override
    public String getName() {
        return "call:" + callId;
    }
}
