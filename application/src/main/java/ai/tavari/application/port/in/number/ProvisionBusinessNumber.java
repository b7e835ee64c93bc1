package ai.tavari.application.port.in.number;

import ai.tavari.domain.business.BusinessId;

/**
 * Gets the business a number of its own to forward its line to, in the background: the request is
 * recorded in the caller's transaction and worked on once it commits. Idempotent: a request while
 * one is under way or done changes nothing; after a failure or a release it starts again.
 * Does nothing when numbers are not configured or the business already has a number.
 */
public interface ProvisionBusinessNumber {
    void provision(BusinessId businessId);
}
