package ai.tavari.adapters.ai.openai;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;

/**
 * Joins text frames into messages and hands them to the session thread; it never blocks the socket's
 * thread. The socket invokes it one call at a time, so the join buffer needs no lock.
 */
final class RealtimeSocketListener implements WebSocket.Listener {
    private final RealtimeSession session;
    private final StringBuilder partial = new StringBuilder();

    RealtimeSocketListener(RealtimeSession session) {
        this.session = session;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        session.socketOpened(webSocket);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
        } else if (partial.length() == 0) {
            session.messageReceived(data.toString());
        } else {
            String message = partial.append(data).toString();
            partial.setLength(0);
            session.messageReceived(message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        session.socketClosed(statusCode, reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        session.socketFailed(error);
    }
}
