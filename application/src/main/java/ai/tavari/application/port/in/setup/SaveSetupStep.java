package ai.tavari.application.port.in.setup;

import ai.tavari.domain.business.BusinessId;

/**
 * Saves the answers of one wizard step, in any order, as often as the owner likes; saving the same
 * answers again changes nothing.
 */
public interface SaveSetupStep {
    /**
     * @return the status after saving
     * @throws ai.tavari.application.validation.InvalidCommandException naming the command's fields
     * @throws ai.tavari.application.port.out.StaleDataException if the setup changed meanwhile
     */
    SetupStatus save(BusinessId businessId, SetupStepCommand command);
}
