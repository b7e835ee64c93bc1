package ai.tavari.domain.business;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_PHONE;
import static ai.tavari.domain.fixtures.DomainFixtures.business;
import static ai.tavari.domain.fixtures.DomainFixtures.newBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessTest {

    @Test
    void aSignUpHasOnlyANameAndTheDefaultZone() {
        Business business = newBusiness();
        assertThat(business.phone()).isEmpty();
        assertThat(business.timeZone()).isEqualTo(Business.DEFAULT_TIME_ZONE);
        assertThat(business.isSuspended()).isFalse();
    }

    @Test
    void infoAndSuspensionReturnCopies() {
        Business updated = newBusiness().withInfo(" Bella's ", BUSINESS_PHONE, ZoneId.of("Europe/Berlin"), " ", "1 Road");
        assertThat(updated.name()).isEqualTo("Bella's");
        assertThat(updated.industry()).isEmpty();
        assertThat(updated.address()).contains("1 Road");
        assertThat(business().suspended().isSuspended()).isTrue();
        assertThat(business().isSuspended()).isFalse();
    }

    @Test
    void nameIsRequiredAndLimited() {
        assertThatThrownBy(() -> newBusiness().withInfo(" ", BUSINESS_PHONE, ZoneId.of("UTC"), null, null))
                .extracting("field").isEqualTo("businessName");
        assertThatThrownBy(() -> newBusiness().withInfo("x".repeat(121), BUSINESS_PHONE, ZoneId.of("UTC"), null, null))
                .extracting("field").isEqualTo("businessName");
    }
}
