package ai.tavari.application.service.number;

import ai.tavari.application.port.in.number.ProvisionBusinessNumber;
import ai.tavari.application.port.out.AfterCommit;
import ai.tavari.application.port.out.CallScheduler;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gets businesses their numbers in the background, one recorded step at a time, so that a
 * failure or a crash at any point is continued later and never buys a second number: the chosen
 * number is recorded before it is bought, only that number is ever bought, and before buying it
 * the provider is asked whether this account owns it already.
 *
 * <p>Work is claimed with a lease in the database, so several servers, a retry and the periodic
 * check never work on one business at once. Temporary failures are retried with a doubling delay
 * up to {@link NumberSettings#maxAttempts()}; a refusal stops it as {@code FAILED} until the owner
 * finalizes again or the server restarts (a restart may bring corrected settings).
 */
@Singleton
public class NumberProvisioningService implements ProvisionBusinessNumber {
    private static final Logger LOG = Logger.getLogger(NumberProvisioningService.class.getName());
    /** Longer than a whole run of provider requests: a lease that runs out means its worker is gone. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);
    static final int BATCH = 50;

    private final ProvisioningRecords records;
    private final NumberProvisioner provisioner;
    private final ProvisioningSteps steps;
    private final NumberReleases releases;
    private final CallScheduler scheduler;
    private final AfterCommit afterCommit;
    private final NumberSettings settings;
    private final Clock clock;
    private final Set<BusinessId> working = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private boolean started;

    @Inject
    public NumberProvisioningService(ProvisioningRecords records, NumberProvisioner provisioner, NumberReleases releases,
                                     CallScheduler scheduler, AfterCommit afterCommit, NumberSettings settings,
                                     Clock clock) {
        this.records = records;
        this.provisioner = provisioner;
        this.steps = new ProvisioningSteps(provisioner);
        this.releases = releases;
        this.scheduler = scheduler;
        this.afterCommit = afterCommit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Resumes what earlier runs left (failed ones too) and then checks for due work and due
     * releases every {@link NumberSettings#checkInterval()}. The composition root calls it at startup.
     */
    public synchronized void start() {
        if (started || !provisioner.isConfigured()) {
            return;
        }
        started = true;
        scheduler.execute(this::resumeAll);
        scheduler.scheduleAtFixedRate(() -> scheduler.execute(this::sweep), settings.checkInterval(),
                settings.checkInterval());
    }

    @Override
    public void provision(BusinessId businessId) {
        if (provisioner.isConfigured() && records.request(businessId, clock.instant())) {
            afterCommit.run(() -> scheduler.execute(() -> work(businessId)));
        }
    }

    /** The startup pass: failed provisionings are asked again, then everything due is worked on. */
    void resumeAll() {
        try {
            Instant now = clock.instant();
            records.failed(BATCH).forEach(businessId -> records.reopenFailed(businessId, now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not resume failed number provisioning", e);
        }
        sweep();
    }

    /** Works on every due provisioning and releases every due number, one at a time. */
    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            records.dueForWork(clock.instant(), BATCH).forEach(this::work);
            releases.releaseDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the check for due phone-number work failed; it runs again in "
                    + settings.checkInterval(), e);
        } finally {
            sweeping.set(false);
        }
    }

    /** Takes the business's provisioning as far as it goes now, if it is due and nobody else works on it. */
    void work(BusinessId businessId) {
        if (!working.add(businessId)) {
            return;
        }
        try {
            Instant now = clock.instant();
            Optional<NumberProvisioning> current = records.claim(businessId, now, now.plus(LEASE));
            while (current.isPresent() && current.get().state().inProgress()) {
                current = step(current.get());
            }
        } catch (RuntimeException e) {
            // the failure could not even be recorded (the database is down): the lease runs out and the check resumes it
            LOG.log(Level.WARNING, "provisioning the number of business " + businessId
                    + " stopped; it continues when its lease ends", e);
        } finally {
            working.remove(businessId);
        }
    }

    /** One step, stored; empty when the work stops here (a failure, or someone else saved first). */
    private Optional<NumberProvisioning> step(NumberProvisioning current) {
        Instant now = clock.instant();
        try {
            Optional<NumberProvisioning> next = current.state() == ProvisioningState.BOUND
                    ? records.complete(current, now)
                    : records.save(steps.next(current, () -> records.businessPhone(current.businessId()),
                            now.plus(LEASE), now));
            next.ifPresentOrElse(NumberProvisioningService::logProgress, () -> LOG.info(() -> "business "
                    + current.businessId() + ": its number provisioning was changed elsewhere; leaving it"));
            return next;
        } catch (NumberProvisioningException e) {
            fail(current, e, now);
            return Optional.empty();
        } catch (RuntimeException e) {
            // an answer nobody expected: counted like a temporary failure, so it cannot repeat for ever
            LOG.log(Level.WARNING, "business " + current.businessId() + ": unexpected failure at " + current.state(), e);
            fail(current, new NumberProvisioningException("unexpected failure: " + e, true, e), now);
            return Optional.empty();
        }
    }

    private void fail(NumberProvisioning current, NumberProvisioningException e, Instant now) {
        int attempt = current.attempts() + 1;
        boolean retry = (e.isTemporary() || e instanceof OfferRefusedException) && attempt < settings.maxAttempts();
        if (!retry) {
            LOG.warning(() -> "business " + current.businessId() + ": getting its number failed at "
                    + current.state() + " after " + attempt + " attempt(s): " + e.getMessage());
            records.save(current.failed(e.getMessage(), e instanceof OfferRefusedException, now));
            return;
        }
        Duration delay = retryDelay(attempt);
        LOG.info(() -> "business " + current.businessId() + ": " + current.state() + " failed (" + e.getMessage()
                + "); trying again in " + delay);
        NumberProvisioning retrying = e instanceof OfferRefusedException
                ? current.retryWithAnotherNumber(now.plus(delay), e.getMessage(), now)
                : current.retryAt(now.plus(delay), e.getMessage(), now);
        if (records.save(retrying).isPresent()) {
            scheduler.schedule(() -> scheduler.execute(() -> work(current.businessId())), delay);
        }
    }

    /** {@code firstRetry}, doubling with each attempt, at most an hour. */
    Duration retryDelay(int attempt) {
        Duration delay = settings.firstRetry();
        for (int i = 1; i < attempt && delay.compareTo(MAX_RETRY_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    private static void logProgress(NumberProvisioning next) {
        String number = next.number().map(bought -> " " + bought.number())
                .or(() -> next.offer().map(offer -> " " + offer.number())).orElse("");
        LOG.info(() -> "business " + next.businessId() + ": number provisioning " + next.state() + number);
    }
}
