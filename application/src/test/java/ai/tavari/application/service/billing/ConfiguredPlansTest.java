package ai.tavari.application.service.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.Money;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredPlansTest {
    @Test
    void theDefaultsAreATrialAndTwoPaidPlansThatKeepSeventyPercentMargin() {
        ConfiguredPlans plans = ConfiguredPlans.read(key -> Optional.empty());

        assertThat(plans.plans()).extracting(Plan::code).containsExactly("trial", "starter", "growth");
        assertThat(plans.defaultPlan().code()).isEqualTo("trial");
        assertThat(plans.defaultPlan().includedMinutes()).isEqualTo(30);
        assertThat(plans.defaultPlan().trialDays()).isEqualTo(14);
        assertThat(plans.sold()).extracting(Plan::code).containsExactly("starter", "growth");
        Plan starter = plans.find("starter").orElseThrow();
        assertThat(starter.monthlyPrice()).isEqualTo(Money.of(19900, "USD"));
        // cost per minute: OpenAI about $0.06 + telephony about $0.015 = $0.075 (7.5 cents)
        for (Plan sold : plans.sold()) {
            long costCents = Math.round(sold.includedMinutes() * 7.5);
            assertThat(costCents * 100 / sold.monthlyPrice().minorUnits()).as(sold.code()).isLessThanOrEqualTo(30);
        }
        assertThat(plans.find("growth").orElseThrow().overageAllowed()).isTrue();
    }

    @Test
    void settingsOverrideTheDefaultsAndBadOnesAreNamed() {
        Map<String, String> settings = Map.of("tavari.billing.plans", "solo", "tavari.billing.default-plan.code", "solo",
                "tavari.billing.plan.solo.monthly-price", "0", "tavari.billing.plan.solo.included-minutes", "300");
        ConfiguredPlans plans = ConfiguredPlans.read(key -> Optional.ofNullable(settings.get(key)));
        assertThat(plans.defaultPlan().includedMinutes()).isEqualTo(300);
        assertThat(plans.defaultPlan().trialDays()).isZero();

        assertThatThrownBy(() -> ConfiguredPlans.read(key -> key.endsWith("starter.included-minutes")
                ? Optional.of("lots") : Optional.empty())).hasMessageContaining("tavari.billing.plan.starter.included-minutes");
        assertThatThrownBy(() -> ConfiguredPlans.read(key -> key.endsWith("growth.overage-price")
                ? Optional.of("0.001") : Optional.empty())).hasMessageContaining("tavari.billing.plan.growth.overage-price");
        assertThatThrownBy(() -> ConfiguredPlans.read(key -> key.equals("tavari.billing.default-plan.code")
                ? Optional.of("gold") : Optional.empty())).hasMessageContaining("tavari.billing.default-plan.code");
        assertThatThrownBy(() -> ConfiguredPlans.read(key -> key.equals("tavari.billing.plans")
                ? Optional.of("extra") : Optional.empty())).hasMessageContaining("tavari.billing.plan.extra.monthly-price");
    }

    @Test
    void withoutASubscriptionABusinessTrialsFromSignUpThenHasNone() {
        Plan trial = ConfiguredPlans.read(key -> Optional.empty()).defaultPlan();
        Instant signedUp = Instant.parse("2026-11-01T10:00:00Z");
        Business business = Business.signedUp(BusinessId.newId(), "Cafe", signedUp);

        var during = NoSubscription.of(business, trial, signedUp.plusSeconds(86_400));
        assertThat(during.status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(NoSubscription.trialEnd(business, trial)).contains(Instant.parse("2026-11-15T10:00:00Z"));
        assertThat(during.currentPeriod().end()).as("the usage period is the calendar month")
                .isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(NoSubscription.of(business, trial, Instant.parse("2026-11-15T10:00:00Z")).status())
                .isEqualTo(SubscriptionStatus.NONE);
    }
}
