package ai.tavari.application.port.out;

import java.util.function.Supplier;

/**
 * Secrets the server makes once and every instance then shares, such as the token signing key.
 */
public interface ServerSecrets {
    /**
     * The secret stored under {@code name}; when there is none yet, stores what {@code generator}
     * gives. Concurrent callers on any instance all get the same, first stored, value.
     */
    byte[] getOrCreate(String name, Supplier<byte[]> generator);
}
