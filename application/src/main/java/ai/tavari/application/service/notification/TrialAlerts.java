package ai.tavari.application.service.notification;

import ai.tavari.application.port.in.billing.BillingStatus;
import ai.tavari.application.port.in.billing.GetBillingStatus;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.notification.TrialCandidates;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells every business whose trial ends within {@link #NOTICE} about it, once per trial end (the
 * end is part of the notice's key); safe to run as often as wanted, on every server.
 */
@Singleton
@Transactional
public class TrialAlerts {
    static final Duration NOTICE = Duration.ofDays(3);

    private final OwnerNotifications notifications;
    private final BusinessRepository businesses;
    private final TrialCandidates trials;
    private final GetBillingStatus billing;
    private final PlanCatalog plans;
    private final NotificationConfig config;
    private final Clock clock;

    @Inject
    public TrialAlerts(OwnerNotifications notifications, BusinessRepository businesses, TrialCandidates trials,
                       GetBillingStatus billing, PlanCatalog plans, NotificationConfig config, Clock clock) {
        this.notifications = notifications;
        this.businesses = businesses;
        this.trials = trials;
        this.billing = billing;
        this.plans = plans;
        this.config = config;
        this.clock = clock;
    }

    /** @return how many businesses have a trial ending soon (told now or before) */
    public int trialsEndingSoon() {
        Instant now = clock.instant();
        Instant noticeEnd = now.plus(NOTICE);
        Duration defaultTrial = Duration.ofDays(plans.defaultPlan().trialDays());
        // the default plan's trial ends trialDays after sign-up; without trial days nobody is in that range
        Instant signedUpFrom = now.minus(defaultTrial);
        Instant signedUpBefore = defaultTrial.isZero() ? signedUpFrom : noticeEnd.minus(defaultTrial).plusNanos(1);
        int ending = 0;
        for (BusinessId id : trials.find(signedUpFrom, signedUpBefore, now, noticeEnd.plusNanos(1))) {
            Optional<Instant> trialEnd = endingTrial(id, now, noticeEnd);
            if (trialEnd.isPresent()) {
                businesses.findById(id).ifPresent(business -> notifications.tell(id,
                        NotificationTexts.trialEnding(business, trialEnd.get(), config.billingLink())));
                ending++;
            }
        }
        return ending;
    }

    /** The candidate's trial end as the billing status has it, if the trial is on and ends in the notice window. */
    private Optional<Instant> endingTrial(BusinessId id, Instant now, Instant noticeEnd) {
        BillingStatus status = billing.status(id);
        if (status.subscription().status() != SubscriptionStatus.TRIALING) {
            return Optional.empty();
        }
        return status.trialEnd().filter(end -> end.isAfter(now) && !end.isAfter(noticeEnd));
    }
}
