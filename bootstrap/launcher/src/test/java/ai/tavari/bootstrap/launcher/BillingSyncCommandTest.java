package ai.tavari.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.bootstrap.launcher.e2e.FakeStripe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BillingSyncCommandTest {
    private final FakeStripe stripe = new FakeStripe();
    private final Map<String, String> env = new HashMap<>(Map.of("STRIPE_SECRET_KEY", FakeStripe.KEY,
            "STRIPE_API_BASE", stripe.base()));
    private final List<String> output = new ArrayList<>();

    @AfterEach
    void stop() {
        stripe.close();
    }

    private int run() {
        return new BillingSyncCommand(ApplicationConfig.of(env, new Properties()), output::add)
                .execute(Settings.from(Map.of(), new Properties()), List.of());
    }

    @Test
    void createsTheSoldPlansProductsPricesAndMeterAndPrintsEachChange() {
        assertThat(run()).isZero();

        assertThat(stripe.activePriceId("tavari_starter_monthly")).isPresent();
        assertThat(stripe.activePriceId("tavari_growth_monthly")).isPresent();
        assertThat(stripe.activePriceId("tavari_growth_overage")).isPresent();
        assertThat(stripe.activePriceId("tavari_trial_monthly")).as("the free trial is not sold").isEmpty();
        assertThat(stripe.requests("POST", "/v1/billing/meters").get(0).form()).containsEntry("event_name", "tavari_call_minutes");
        assertThat(output.get(0)).isEqualTo("syncing the plans [starter, growth] with Stripe (test mode) at " + stripe.base());
        assertThat(output).contains("created product tavari_starter", "created product tavari_growth",
                "created meter mtr_1 (tavari_call_minutes)", "6 changes made; Stripe is up to date");
    }

    @Test
    void aSecondRunChangesNothing() {
        run();
        long writes = stripe.writes();
        output.clear();

        assertThat(run()).isZero();

        assertThat(stripe.writes()).isEqualTo(writes);
        assertThat(output).containsExactly("syncing the plans [starter, growth] with Stripe (test mode) at " + stripe.base(),
                "Stripe was already up to date: tavari_starter_monthly, tavari_growth_monthly");
    }

    @Test
    void readsThePlansAndTheMeterNameFromTheSameSettingsAsTheServer() {
        env.put("TAVARI_BILLING_PLAN_STARTER_MONTHLY_PRICE", "249.00");
        env.put("STRIPE_METER_EVENT_NAME", "acme_minutes");

        run();

        assertThat(stripe.requests("POST", "/v1/prices").stream().map(r -> r.form().get("unit_amount"))).contains("24900");
        assertThat(stripe.requests("POST", "/v1/billing/meters").get(0).form()).containsEntry("event_name", "acme_minutes");
    }

    @Test
    void withoutAKeyItSaysWhatIsMissingAndTouchesNothing() {
        env.remove("STRIPE_SECRET_KEY");

        assertThatThrownBy(this::run).isInstanceOfSatisfying(LauncherException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                .hasMessage("billing-sync needs STRIPE_SECRET_KEY, a Stripe secret key (an sk_test_ key to try it out)");
        assertThat(stripe.writes()).isZero();
    }

    @Test
    void aBadPlanSettingOrARefusedKeyIsOneClearError() {
        env.put("TAVARI_BILLING_PLAN_GROWTH_OVERAGE_PRICE", "a quarter");
        assertThatThrownBy(this::run).isInstanceOf(LauncherException.class)
                .hasMessageStartingWith("the plan catalogue is not valid: tavari.billing.plan.growth.overage-price");

        env.remove("TAVARI_BILLING_PLAN_GROWTH_OVERAGE_PRICE");
        env.put("STRIPE_SECRET_KEY", "sk_test_someone_else");
        assertThatThrownBy(this::run).isInstanceOf(LauncherException.class)
                .hasMessageStartingWith("Stripe catalogue sync stopped: syncing plan starter failed");
        assertThat(stripe.writes()).isZero();
    }

    @Test
    void settingsAreReadLikeMicroProfileConfigDoes() {
        Properties properties = new Properties();
        properties.setProperty("stripe.api.base", "http://from-property");
        properties.setProperty("TAVARI_BILLING_PLANS", "solo");
        var config = ApplicationConfig.of(Map.of("STRIPE_API_BASE", "http://from-env", "STRIPE_SECRET_KEY", " sk_test_1 ",
                "tavari_billing_plan_solo_name", "Solo", "STRIPE_WEBHOOK_SECRET", " "), properties);

        assertThat(config.apply("stripe.api.base")).contains("http://from-property");
        assertThat(config.apply("stripe.secret.key")).contains("sk_test_1");
        assertThat(config.apply("tavari.billing.plan.solo.name")).contains("Solo");
        assertThat(config.apply("tavari.billing.plans")).contains("solo");
        assertThat(config.apply("stripe.webhook.secret")).isEqualTo(Optional.empty());
    }
}
