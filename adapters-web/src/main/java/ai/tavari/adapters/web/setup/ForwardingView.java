package ai.tavari.adapters.web.setup;

import ai.tavari.application.port.in.setup.ForwardingStatus;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The number the owner forwards the business line to: {@code state} is {@code READY} (the number
 * answers), {@code NOT_REQUESTED} (finalize setup to get one), {@code PROVISIONING}, {@code FAILED},
 * {@code RELEASED} (after the subscription ended) or {@code NOT_CONFIGURED} (this server provisions
 * no numbers; {@code number} is then the server's shared number, if it has one). {@code number} is
 * E.164 and absent until there is one; {@code instructions} tell the owner what to do, in words.
 */
@JsonbPropertyOrder({"state", "number", "instructions"})
public record ForwardingView(String state, String number, String instructions) {
    static ForwardingView of(ForwardingStatus status) {
        return new ForwardingView(status.state().name(), status.number().map(PhoneNumber::e164).orElse(null),
                status.instructions());
    }
}
