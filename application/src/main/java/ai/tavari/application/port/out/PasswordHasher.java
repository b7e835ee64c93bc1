package ai.tavari.application.port.out;

public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);

    /**
     * Spends as long as {@link #matches} would, for a log-in attempt with an unknown e-mail, so
     * that response time does not tell whether the address has an account.
     */
    void spendVerificationTime(String password);
}
