package ai.tavari.application.port.in.billing;

import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.UserId;
import java.net.URI;
import java.util.Objects;

/**
 * The owner {@code ownerId} starts paying for {@code plan}. {@code returnBase} is the dashboard's address: the provider sends
 * the owner back to it after paying or cancelling.
 */
public record CheckoutCommand(BusinessId businessId, UserId ownerId, String plan, URI returnBase) {
    public CheckoutCommand {
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(returnBase, "returnBase");
        if (plan == null || plan.isBlank()) {
            throw InvalidCommandException.of("plan", "must not be blank");
        }
        plan = plan.strip();
    }
}
