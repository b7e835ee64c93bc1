package ai.tavari.application.service.auth;

import ai.tavari.domain.business.Business;
import java.time.Instant;

/** What a business gets the moment it signs up, besides its owner: a default agent to start from. */
public interface NewBusinessSetup {
    void prepare(Business business, Instant now);
}
