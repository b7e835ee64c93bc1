package ai.tavari.application.port.in.setup;

import ai.tavari.domain.business.BusinessId;

/** Where the business's owner stands in the setup wizard. */
public interface GetSetupStatus {
    SetupStatus status(BusinessId businessId);
}
