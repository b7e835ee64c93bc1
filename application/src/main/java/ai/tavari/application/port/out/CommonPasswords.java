package ai.tavari.application.port.out;

/** Knows passwords that are too widely used to protect an account. */
public interface CommonPasswords {
    boolean isCommon(String password);
}
