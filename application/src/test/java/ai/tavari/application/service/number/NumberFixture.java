package ai.tavari.application.service.number;

import ai.tavari.application.fakes.FakeNumberProvisioner;
import ai.tavari.application.fakes.InMemoryBusinessNumbers;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryNumberProvisionings;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.PendingCommit;
import ai.tavari.application.fakes.QueuedScheduler;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Provisioning wired as the server wires it, over in-memory stores, a fake provider, a clock and a
 * scheduler the test moves by hand. {@link #restart()} is a new server on the same database and provider.
 */
final class NumberFixture {
    static final Instant T0 = Instant.parse("2026-11-25T17:00:00Z");
    static final NumberSettings SETTINGS = new NumberSettings(Duration.ofDays(30), Optional.empty(), 4,
            Duration.ofSeconds(30), Duration.ofMinutes(1));

    final MutableClock clock = new MutableClock(T0);
    final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    final InMemoryBusinessNumbers numbers = new InMemoryBusinessNumbers();
    final InMemoryNumberProvisionings store = new InMemoryNumberProvisionings();
    final FakeNumberProvisioner provider = new FakeNumberProvisioner("+14155550101", "+14155550102", "+14155550103");
    final ProvisioningRecords records = new ProvisioningRecords(store, numbers, businesses);
    QueuedScheduler scheduler;
    PendingCommit commit;
    NumberReleases releases;
    NumberProvisioningService service;

    NumberFixture() {
        restart();
    }

    NumberFixture restart() {
        return restart(provider);
    }

    NumberFixture restart(NumberProvisioner withProvider) {
        scheduler = new QueuedScheduler();
        commit = new PendingCommit();
        releases = new NumberReleases(records, withProvider, SETTINGS, clock);
        service = new NumberProvisioningService(records, withProvider, releases, scheduler, commit, SETTINGS, clock);
        return this;
    }

    BusinessId business(String phone) {
        Business business = Business.signedUp(BusinessId.newId(), "Shop " + phone, T0.minus(Duration.ofDays(1)))
                .withInfo("Shop " + phone, PhoneNumber.of(phone), ZoneId.of("America/Los_Angeles"), null, null);
        businesses.add(business);
        return business.id();
    }

    /** Finalize: the request in the setup's transaction, then the commit that starts the work. */
    void finalizeSetup(BusinessId business) {
        service.provision(business);
        commit.commit();
    }

    NumberProvisioning provisioning(BusinessId business) {
        return store.find(business).orElseThrow();
    }

    /** Time passes and the scheduled retries run. */
    void after(Duration wait) {
        clock.advance(wait);
        scheduler.runDelayed();
    }
}
