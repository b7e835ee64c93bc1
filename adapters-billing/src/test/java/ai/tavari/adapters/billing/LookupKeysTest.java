package ai.tavari.adapters.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupKeysTest {
    @Test
    void aPlanIsReadBackFromTheKeysTavariMakes() {
        assertThat(LookupKeys.planOf(LookupKeys.monthlyPrice("starter"))).contains("starter");
        assertThat(LookupKeys.planOf(LookupKeys.overagePrice("big_plan"))).contains("big_plan");
    }

    @Test
    void otherKeysNameNoPlan() {
        assertThat(LookupKeys.planOf("starter")).isEmpty();
        assertThat(LookupKeys.planOf("tavari__monthly")).isEmpty();
        assertThat(LookupKeys.planOf("tavari_starter_yearly")).isEmpty();
        assertThat(LookupKeys.planOf(null)).isEmpty();
    }
}
