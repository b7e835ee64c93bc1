package ai.tavari.application.port.out;

/**
 * How far getting a business its number has come. Each step is stored before the next one starts,
 * so a retry continues where the last attempt stopped: {@code REQUESTED} → {@code NUMBER_CHOSEN}
 * (an offer picked, nothing bought) → {@code ATTACHED} (bought) → {@code BOUND} (routed to the
 * agent) → {@code DONE} (given to the business). {@code FAILED} stops until asked again;
 * {@code RELEASED} means the number went back to the provider.
 */
public enum ProvisioningState {
    REQUESTED,
    NUMBER_CHOSEN,
    ATTACHED,
    BOUND,
    DONE,
    FAILED,
    RELEASED;

    public boolean inProgress() {
        return this == REQUESTED || this == NUMBER_CHOSEN || this == ATTACHED || this == BOUND;
    }
}
