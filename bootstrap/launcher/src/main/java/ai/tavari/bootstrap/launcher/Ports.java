package ai.tavari.bootstrap.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that the HTTP port is free before anything is started. */
public final class Ports {
    private Ports() {
    }

    /**
     * Binds the port on all interfaces, as Payara Micro will, and returns the bound socket: the
     * caller keeps the port reserved until just before the server starts.
     */
    public static ServerSocket reserve(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            try {
                socket.bind(new InetSocketAddress(port), 1);
                return socket;
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        } catch (IOException e) {
            String reason = port < 1024
                    ? "port " + port + " is already in use or needs privileges"
                    : "port " + port + " is already in use";
            throw new LauncherException(reason + "; set " + Settings.PORT + " to another port", e);
        }
    }
}
