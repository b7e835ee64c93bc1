package ai.tavari.adapters.telephony.management;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi.OwnedNumber;
import ai.tavari.application.fakes.InMemoryBusinessNumbers;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryNumberProvisionings;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.PendingCommit;
import ai.tavari.application.fakes.QueuedScheduler;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.application.service.number.NumberProvisioningService;
import ai.tavari.application.service.number.NumberReleases;
import ai.tavari.application.service.number.NumberSettings;
import ai.tavari.application.service.number.ProvisioningRecords;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application's provisioning with the real Management API client against the stub: failures
 * halfway, retries and restarts end with exactly one number bought, bound and given to the business.
 */
class VoximplantProvisioningTest {
    private static final NumberSettings SETTINGS = new NumberSettings(Duration.ofDays(30), Optional.empty(), 5,
            Duration.ofSeconds(30), Duration.ofMinutes(1));
    private static final PhoneNumber EXPECTED = PhoneNumber.of("+14155550190");

    private final FakeVoximplantApi api = FakeVoximplantApi.start();
    private final VoximplantNumberProvisioner provider = new VoximplantNumberProvisioner(StubAccount.deployed(api),
            StubAccount.settings(api));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T17:00:00Z"));
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryBusinessNumbers numbers = new InMemoryBusinessNumbers();
    private final InMemoryNumberProvisionings store = new InMemoryNumberProvisionings();
    private final ProvisioningRecords records = new ProvisioningRecords(store, numbers, businesses);
    private final BusinessId business = business();
    private QueuedScheduler scheduler;
    private NumberReleases releases;
    private NumberProvisioningService service;

    VoximplantProvisioningTest() {
        startServer();
    }

    @AfterEach
    void stop() {
        assertThat(api.rejectedTokens()).as("every request was signed right").isEmpty();
        api.close();
    }

    private void startServer() {
        scheduler = new QueuedScheduler();
        releases = new NumberReleases(records, provider, SETTINGS, clock);
        service = new NumberProvisioningService(records, provider, releases, scheduler, Runnable::run, SETTINGS, clock);
    }

    private BusinessId business() {
        Business signedUp = Business.signedUp(BusinessId.newId(), "Bella Hair", clock.instant())
                .withInfo("Bella Hair", PhoneNumber.of("+14155550123"), ZoneId.of("America/Los_Angeles"), null, null);
        businesses.add(signedUp);
        return signedUp.id();
    }

    private void assertExactlyOneNumberBoundAndAssigned() {
        assertThat(store.find(business).orElseThrow().state()).isEqualTo(ProvisioningState.DONE);
        assertThat(api.activeNumbers()).hasSize(1);
        OwnedNumber bought = api.activeNumbers().get(0);
        assertThat(bought.phoneNumber()).isEqualTo("14155550190");
        assertThat(bought.applicationId()).contains(api.application("tavari").orElseThrow().id());
        assertThat(bought.ruleName()).contains("tavari-inbound");
        assertThat(numbers.numberOf(business)).contains(EXPECTED);
    }

    @Test
    void anAttachThatFailsWithAServerErrorIsRetriedAndExactlyOneNumberIsBought() {
        api.failNext("AttachPhoneNumber", 500);

        service.provision(business);

        assertThat(store.find(business).orElseThrow().state()).isEqualTo(ProvisioningState.NUMBER_CHOSEN);
        assertThat(api.activeNumbers()).isEmpty();
        assertThat(numbers.numberOf(business)).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        scheduler.runDelayed();

        assertExactlyOneNumberBoundAndAssigned();
        assertThat(api.requests("AttachPhoneNumber")).hasSize(2);
        assertThat(api.requests("GetPhoneNumbers")).as("ownership checked before each purchase").hasSize(2);
        assertThat(api.requests("GetNewPhoneNumbers")).as("the recorded choice is kept").hasSize(1);
    }

    @Test
    void anAttachThatTookEffectButAnsweredAnErrorIsNotBoughtAgain() {
        api.failAfterDoing("AttachPhoneNumber", 502);

        service.provision(business);
        assertThat(api.activeNumbers()).as("bought, though the answer was an error").hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        scheduler.runDelayed();

        assertExactlyOneNumberBoundAndAssigned();
        assertThat(api.requests("AttachPhoneNumber")).hasSize(1);
    }

    @Test
    void aServerRestartedAfterThePurchaseBindsTheBoughtNumberWithoutBuyingAnother() {
        api.failNext("BindPhoneNumberToApplication", 503);
        service.provision(business);
        assertThat(store.find(business).orElseThrow().state()).isEqualTo(ProvisioningState.ATTACHED);

        startServer();
        clock.advance(Duration.ofMinutes(1));
        service.start();

        assertExactlyOneNumberBoundAndAssigned();
        assertThat(api.requests("AttachPhoneNumber")).hasSize(1);
        assertThat(api.requests("BindPhoneNumberToApplication")).hasSize(2);
    }

    @Test
    void theNumberGoesBackToVoximplantAfterTheGraceOnceTheSubscriptionEnded() {
        service.provision(business);
        String phoneId = api.activeNumbers().get(0).phoneId();
        releases.subscriptionChanged(business, SubscriptionStatus.CANCELED, clock.instant());
        service.start();

        clock.advance(SETTINGS.releaseGrace());
        scheduler.runPeriodic();

        assertThat(api.requests("DeactivatePhoneNumber")).hasSize(1);
        assertThat(api.requests("DeactivatePhoneNumber").get(0).form()).containsEntry("phone_id", phoneId);
        assertThat(api.activeNumbers()).isEmpty();
        assertThat(numbers.numberOf(business)).isEmpty();
        assertThat(store.find(business).orElseThrow().state()).isEqualTo(ProvisioningState.RELEASED);
    }
}
