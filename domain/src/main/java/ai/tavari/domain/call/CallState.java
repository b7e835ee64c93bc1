package ai.tavari.domain.call;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a call. Moves between states:
 * <ul>
 *   <li>RINGING to AUTHORIZED ({@code authorize}) or ENDED (REJECTED, CALLER_HUNG_UP);</li>
 *   <li>AUTHORIZED to IN_CONVERSATION ({@code startConversation}) or ENDED (CALLER_HUNG_UP before
 *       media, AI_FAILURE_FALLBACK);</li>
 *   <li>IN_CONVERSATION to TRANSFERRING ({@code beginTransfer}) or ENDED (COMPLETED, MESSAGE_TAKEN,
 *       CALLER_HUNG_UP, LIMIT_REACHED, AI_FAILURE_FALLBACK);</li>
 *   <li>TRANSFERRING back to IN_CONVERSATION ({@code transferFailed}) or ENDED (TRANSFERRED,
 *       CALLER_HUNG_UP, LIMIT_REACHED);</li>
 *   <li>ENDED is final.</li>
 * </ul>
 */
public enum CallState {
    RINGING(EnumSet.of(Outcome.REJECTED, Outcome.CALLER_HUNG_UP)),
    AUTHORIZED(EnumSet.of(Outcome.CALLER_HUNG_UP, Outcome.AI_FAILURE_FALLBACK)),
    IN_CONVERSATION(EnumSet.of(Outcome.COMPLETED, Outcome.MESSAGE_TAKEN, Outcome.CALLER_HUNG_UP,
            Outcome.LIMIT_REACHED, Outcome.AI_FAILURE_FALLBACK)),
    TRANSFERRING(EnumSet.of(Outcome.TRANSFERRED, Outcome.CALLER_HUNG_UP, Outcome.LIMIT_REACHED)),
    ENDED(EnumSet.noneOf(Outcome.class));

    private final Set<Outcome> endingOutcomes;

    CallState(Set<Outcome> endingOutcomes) {
        this.endingOutcomes = endingOutcomes;
    }

    /** Whether a call in this state may end with {@code outcome}. */
    public boolean canEndWith(Outcome outcome) {
        return endingOutcomes.contains(outcome);
    }

    public boolean isActive() {
        return this != ENDED;
    }
}
