package ai.tavari.application.port.out;

/**
 * Signs media tokens with a secret key that every server shares, so a token issued by one server
 * is recognised by any other. Same payload, same signature.
 */
public interface MediaTokenSigner {
    byte[] sign(byte[] payload);
}
