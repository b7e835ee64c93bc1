package ai.tavari.application.port.in;

/**
 * The thing asked for does not exist for the caller's business. Deliberately the same whether it
 * exists for another business or not at all, so ids of other tenants reveal nothing.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
