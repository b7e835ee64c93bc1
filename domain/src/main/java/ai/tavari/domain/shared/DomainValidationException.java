package ai.tavari.domain.shared;

import java.util.Objects;

/**
 * A domain invariant was violated by input. {@code field} names the offending property so that
 * adapters can report it as a field error.
 */
public class DomainValidationException extends RuntimeException {
    private final String field;

    public DomainValidationException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    /**
     * The same error located inside a larger input, e.g. a {@code question} error of the third FAQ
     * becomes {@code faqs[2].question} with prefix {@code "faqs[2]"}.
     */
    public DomainValidationException withFieldPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        DomainValidationException prefixed = new DomainValidationException(prefix + "." + field, getMessage());
        prefixed.initCause(this);
        return prefixed;
    }
}
