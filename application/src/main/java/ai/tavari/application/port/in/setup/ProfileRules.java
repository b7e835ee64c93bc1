package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.DomainValidationException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The domain's own rules, run while a command is built so that it reports every broken field at
 * once. Single profile fields are checked on a throw-away default profile: a change to one field
 * of a valid profile fails only for that field.
 */
final class ProfileRules {
    private static final AgentProfile PROBE = AgentProfile.defaultFor(
            Business.signedUp(new BusinessId(new UUID(0, 0)), "Probe", Instant.EPOCH));

    private ProfileRules() {
    }

    /** Records what the domain says about changing one field of a profile, under the domain's field name. */
    static void check(Validation validation, UnaryOperator<AgentProfile> change) {
        validation.attempt(() -> change.apply(PROBE));
    }

    /** Builds a domain value, recording its complaint under {@code naming} of the domain's field name. */
    static <T> T attempt(Validation validation, UnaryOperator<String> naming, Supplier<T> construction) {
        return validation.attempt(() -> {
            try {
                return construction.get();
            } catch (DomainValidationException e) {
                throw renamed(e, naming.apply(e.field()));
            }
        });
    }

    static DomainValidationException renamed(DomainValidationException e, String field) {
        DomainValidationException renamed = new DomainValidationException(field, e.getMessage());
        renamed.initCause(e);
        return renamed;
    }

    /** A field inside an indexed element: {@code "faqs[2]"} and {@code "question"} make {@code "faqs[2].question"}. */
    static UnaryOperator<String> inside(String prefix) {
        return field -> prefix + "." + field;
    }
}
