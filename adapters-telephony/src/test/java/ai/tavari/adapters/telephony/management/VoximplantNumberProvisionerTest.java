package ai.tavari.adapters.telephony.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import ai.tavari.application.port.out.NumberOffer;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VoximplantNumberProvisionerTest {
    private final FakeVoximplantApi api = FakeVoximplantApi.start();
    private final VoximplantNumberProvisioner numbers = new VoximplantNumberProvisioner(StubAccount.deployed(api),
            StubAccount.settings(api));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void offersANumberInTheBusinessesAreaWithoutBuyingIt() {
        NumberOffer offer = numbers.findAvailable(PhoneNumber.of("+14155550123"));

        assertThat(offer.number()).isEqualTo(PhoneNumber.of("+14155550190"));
        assertThat(api.requests("GetPhoneNumberRegions").get(0).form()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "country_code", "US", "phone_category_name", "GEOGRAPHIC", "omit_empty", "true",
                "account_id", FakeVoximplantApi.ACCOUNT_ID));
        assertThat(api.requests("GetNewPhoneNumbers").get(0).form()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "country_code", "US", "phone_category_name", "GEOGRAPHIC", "phone_region_id", "9", "count", "1",
                "account_id", FakeVoximplantApi.ACCOUNT_ID));
        assertThat(api.requests("AttachPhoneNumber")).isEmpty();
        assertThat(api.rejectedTokens()).isEmpty();
    }

    @Test
    void outsideTheRegionsItOffersANumberElsewhereInTheCountryAndElsewhereNothing() {
        assertThat(numbers.findAvailable(PhoneNumber.of("+13125550123")).number().e164()).startsWith("+1212");

        assertThatThrownBy(() -> numbers.findAvailable(PhoneNumber.of("+442079460958")))
                .isInstanceOfSatisfying(NumberProvisioningException.class, e -> {
                    assertThat(e.isTemporary()).isFalse();
                    assertThat(e).hasMessageContaining("GB");
                });
    }

    @Test
    void buysExactlyTheOfferedNumberAndFindsItOwnedAfterwards() {
        NumberOffer offer = numbers.findAvailable(PhoneNumber.of("+14155550123"));
        assertThat(numbers.findOwned(offer)).isEmpty();

        ProvisionedNumber bought = numbers.attach(offer);

        assertThat(bought.number()).isEqualTo(offer.number());
        assertThat(api.requests("AttachPhoneNumber").get(0).form()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "country_code", "US", "phone_category_name", "GEOGRAPHIC", "phone_region_id", "9",
                "phone_number", "14155550190", "account_id", FakeVoximplantApi.ACCOUNT_ID));
        assertThat(api.activeNumbers()).extracting(FakeVoximplantApi.OwnedNumber::phoneId)
                .containsExactly(bought.providerId());
        assertThat(numbers.findOwned(offer)).contains(bought);
        assertThat(api.requests("GetPhoneNumbers").get(0).form()).containsEntry("phone_number", "14155550190");
    }

    @Test
    void bindsTheNumberToTheApplicationsRuleAndDeactivatesItOnRelease() {
        ProvisionedNumber bought = numbers.attach(numbers.findAvailable(PhoneNumber.of("+14155550123")));
        String applicationId = api.application("tavari").orElseThrow().id();

        numbers.bind(bought);

        assertThat(api.requests("BindPhoneNumberToApplication").get(0).form()).containsExactlyInAnyOrderEntriesOf(
                Map.of("phone_id", bought.providerId(), "application_id", applicationId, "rule_name", "tavari-inbound",
                        "bind", "true", "account_id", FakeVoximplantApi.ACCOUNT_ID));
        assertThat(api.activeNumbers().get(0).ruleName()).contains("tavari-inbound");

        numbers.release(bought);

        assertThat(api.requests("DeactivatePhoneNumber").get(0).form()).containsEntry("phone_id", bought.providerId());
        assertThat(api.activeNumbers()).isEmpty();
        assertThat(numbers.findOwned(new NumberOffer(bought.number(), "US;GEOGRAPHIC;9;14155550190")))
                .as("a deactivated number is not owned").isEmpty();
    }

    @Test
    void aNumberSoldMeanwhileIsARefusalAndAServerErrorIsTemporary() {
        NumberOffer offer = numbers.findAvailable(PhoneNumber.of("+14155550123"));
        api.failNext("AttachPhoneNumber", 503);
        assertThatThrownBy(() -> numbers.attach(offer)).isInstanceOfSatisfying(NumberProvisioningException.class,
                e -> assertThat(e.isTemporary()).isTrue());

        numbers.attach(offer);
        assertThatThrownBy(() -> numbers.attach(offer)).isInstanceOfSatisfying(NumberProvisioningException.class,
                e -> {
                    assertThat(e.isTemporary()).isFalse();
                    assertThat(e).hasMessageContaining("not available");
                });
        assertThat(api.activeNumbers()).hasSize(1);
    }

    @Test
    void withoutTheDeployedApplicationBindingSaysWhatToRun() {
        FakeVoximplantApi empty = FakeVoximplantApi.start();
        try {
            VoximplantNumberProvisioner undeployed = new VoximplantNumberProvisioner(
                    new VoximplantManagementClient(StubAccount.settings(empty)), StubAccount.settings(empty));

            assertThatThrownBy(() -> undeployed.bind(new ProvisionedNumber(PhoneNumber.of("+14155550190"), "1")))
                    .isInstanceOfSatisfying(NumberProvisioningException.class, e -> {
                        assertThat(e.isTemporary()).isFalse();
                        assertThat(e).hasMessageContaining("voximplant-deploy");
                    });
        } finally {
            empty.close();
        }
    }
}
