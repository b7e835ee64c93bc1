package ai.tavari.bootstrap.launcher;

import ai.tavari.adapters.billing.CatalogSyncReport;
import ai.tavari.adapters.billing.StripeCatalogSync;
import ai.tavari.adapters.billing.StripeClients;
import ai.tavari.adapters.billing.StripeMeter;
import ai.tavari.application.port.out.BillingUnavailableException;
import ai.tavari.application.service.billing.ConfiguredPlans;
import ai.tavari.domain.billing.Plan;
import com.stripe.StripeClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code billing-sync}: makes the Stripe account's products, prices and usage meter match the plan
 * catalogue of this configuration (the same {@code TAVARI_BILLING_*} settings the server reads),
 * prints each change, and exits. Safe to run again: Stripe objects are found by id and lookup key,
 * so a second run changes nothing. Needs no database and no running server.
 */
final class BillingSyncCommand implements Command {
    static final String NAME = "billing-sync";

    private final Function<String, Optional<String>> config;
    private final Consumer<String> out;

    BillingSyncCommand() {
        this(ApplicationConfig.current(), Console::info);
    }

    BillingSyncCommand(Function<String, Optional<String>> config, Consumer<String> out) {
        this.config = config;
        this.out = out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "create or update the plans' products, prices and meter in Stripe, then exit";
    }

    @Override
    public int execute(Settings settings, List<String> arguments) {
        String key = config.apply(StripeClients.SECRET_KEY).orElseThrow(() -> new LauncherException(
                "billing-sync needs STRIPE_SECRET_KEY, a Stripe secret key (an sk_test_ key to try it out)"));
        ConfiguredPlans plans = plans();
        Optional<String> apiBase = config.apply(StripeClients.API_BASE);
        StripeClient stripe = StripeClients.create(Optional.of(key), apiBase).orElseThrow();
        out.accept("syncing the plans " + plans.sold().stream().map(Plan::code).toList() + " with Stripe"
                + (key.startsWith("sk_live_") || key.startsWith("rk_live_") ? " (live mode)" : " (test mode)")
                + apiBase.map(base -> " at " + base).orElse(""));
        CatalogSyncReport report;
        try {
            report = new StripeCatalogSync(stripe, config.apply(StripeMeter.EVENT_NAME)
                    .orElse(StripeMeter.DEFAULT_EVENT_NAME)).sync(plans.plans());
        } catch (BillingUnavailableException e) {
            throw new LauncherException("Stripe catalogue sync stopped: " + e.getMessage(), e);
        }
        report.changes().forEach(out);
        out.accept(report.changedNothing()
                ? "Stripe was already up to date: " + String.join(", ", report.unchanged())
                : report.changes().size() + (report.changes().size() == 1 ? " change" : " changes") + " made; Stripe is up to date");
        return 0;
    }

    private ConfiguredPlans plans() {
        try {
            return ConfiguredPlans.read(config);
        } catch (IllegalArgumentException e) {
            throw new LauncherException("the plan catalogue is not valid: " + e.getMessage(), e);
        }
    }
}
