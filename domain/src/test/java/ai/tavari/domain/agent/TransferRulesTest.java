package ai.tavari.domain.agent;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferRulesTest {

    @Test
    void allowingTransfersNeedsANumber() {
        assertThatThrownBy(() -> new TransferRules(Optional.empty(), TransferAvailability.ALWAYS))
                .extracting("field").isEqualTo("transferRules.number");
        assertThatThrownBy(() -> new TransferRules(null, TransferAvailability.DURING_OPEN_HOURS))
                .extracting("field").isEqualTo("transferRules.number");
        assertThatThrownBy(() -> new TransferRules(Optional.of(BUSINESS_PHONE), null))
                .extracting("field").isEqualTo("transferRules.availability");
    }

    @Test
    void aNumberMayBeKeptWhileTransfersAreOff() {
        TransferRules rules = new TransferRules(Optional.of(BUSINESS_PHONE), TransferAvailability.NEVER);
        assertThat(rules.number()).contains(BUSINESS_PHONE);
        assertThat(TransferRules.never().number()).isEmpty();
    }

    @Test
    void availabilityDecidesByOpenState() {
        assertThat(TransferRules.never().allowsTransfer(true)).isFalse();
        assertThat(TransferRules.always(BUSINESS_PHONE).allowsTransfer(false)).isTrue();
        assertThat(TransferRules.duringOpenHours(BUSINESS_PHONE).allowsTransfer(true)).isTrue();
        assertThat(TransferRules.duringOpenHours(BUSINESS_PHONE).allowsTransfer(false)).isFalse();
    }
}
