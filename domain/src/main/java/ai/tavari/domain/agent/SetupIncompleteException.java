package ai.tavari.domain.agent;

import ai.tavari.domain.shared.DomainValidationException;
import java.util.List;

/** Finalizing was asked for while setup steps are incomplete; {@link #missing()} says what to do. */
public class SetupIncompleteException extends DomainValidationException {
    private final transient List<MissingItem> missing;

    public SetupIncompleteException(List<MissingItem> missing) {
        super("setup", "Setup is not complete: " + missing.size() + " item(s) missing");
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }
}
