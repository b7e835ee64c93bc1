package ai.tavari.application.port.out.notification;

import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.List;

/**
 * Businesses whose trial may end soon: those without a subscription that signed up in a range
 * (the default plan's trial counts from sign-up), and those whose subscription is trialing with
 * its period ending in a range. Ranges include their start and exclude their end.
 */
public interface TrialCandidates {
    List<BusinessId> find(Instant signedUpFrom, Instant signedUpBefore, Instant trialEndsFrom, Instant trialEndsBefore);
}
