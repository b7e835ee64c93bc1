package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar tavari.jar billing-sync} from the packaged jar against a local fake Stripe: the
 * shaded jar carries what the sync needs, a second run creates nothing, and a missing key is one
 * line on stderr and exit code 1. No server or database is started.
 */
class BillingSyncIT {
    private static final Duration EXIT = Duration.ofSeconds(60);
    private final FakeStripe stripe = new FakeStripe();

    @AfterEach
    void stop() {
        stripe.close();
    }

    private LauncherProcess sync(String key) {
        return LauncherProcess.builder("billing-sync").home(LauncherProcess.workDir().resolve("unused-home"))
                .env("STRIPE_SECRET_KEY", key).env("STRIPE_API_BASE", stripe.base())
                .arguments("billing-sync").splitStreams().start();
    }

    @Test
    void createsTheCatalogueOnceAndASecondRunCreatesNothing() {
        LauncherProcess first = sync(FakeStripe.KEY);
        assertThat(first.awaitExit(EXIT)).as(first.tail(20)).isZero();
        assertThat(first.output()).contains("tavari: created product tavari_starter", "tavari: created meter mtr_1",
                "tavari: 6 changes made; Stripe is up to date");
        assertThat(first.errors()).isEmpty();
        assertThat(stripe.activePriceId("tavari_growth_overage")).isPresent();
        long writes = stripe.writes();

        LauncherProcess second = sync(FakeStripe.KEY);
        assertThat(second.awaitExit(EXIT)).as(second.tail(20)).isZero();
        assertThat(second.output()).contains("tavari: Stripe was already up to date: tavari_starter_monthly, tavari_growth_monthly")
                .doesNotContain("created");
        assertThat(stripe.writes()).isEqualTo(writes);
    }

    @Test
    void withoutAKeyItIsOneLineAndExitCodeOne() {
        LauncherProcess run = sync("");

        assertThat(run.awaitExit(EXIT)).isEqualTo(1);
        assertThat(run.errors().lines().toList()).containsExactly(
                "tavari: billing-sync needs STRIPE_SECRET_KEY, a Stripe secret key (an sk_test_ key to try it out)");
        assertThat(stripe.writes()).isZero();
    }
}
