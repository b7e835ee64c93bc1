package ai.tavari.adapters.billing;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.shared.Money;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.net.RequestOptions;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.PriceUpdateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.ProductUpdateParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes Stripe's products and prices match the plan catalogue, idempotently. Each sold plan has a
 * product with the id {@code tavari_<plan>} and one active monthly price with the lookup key
 * {@code tavari_<plan>_monthly}; a plan with overage also has a metered price per minute,
 * {@code tavari_<plan>_overage}, on the call-minutes meter ({@link MeterSync}). Prices cannot
 * change amount, so a new amount is a new price that takes the lookup key over, and the old price
 * is archived. A second run changes nothing.
 */
public final class StripeCatalogSync {
    private final StripeClient stripe;
    private final MeterSync meters;

    public StripeCatalogSync(StripeClient stripe, String meterEventName) {
        this.stripe = stripe;
        this.meters = new MeterSync(stripe, meterEventName);
    }

    /** Syncs the plans that have a monthly price; free plans (the trial) are not sold through Stripe. */
    public CatalogSyncReport sync(List<Plan> plans) {
        List<String> changes = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Optional<String> meter = Optional.empty();
        for (Plan plan : plans) {
            if (!plan.monthlyPrice().isPositive()) {
                continue;
            }
            try {
                int before = changes.size();
                Product product = product(plan, changes);
                price(new PriceSpec(LookupKeys.monthlyPrice(plan.code()), plan.monthlyPrice(), Optional.empty()),
                        plan, product, changes);
                if (plan.overageAllowed()) {
                    if (meter.isEmpty()) {
                        meter = Optional.of(meters.ensure(changes));
                    }
                    price(new PriceSpec(LookupKeys.overagePrice(plan.code()), plan.overagePricePerMinute().orElseThrow(),
                            meter), plan, product, changes);
                } else {
                    archive(LookupKeys.overagePrice(plan.code()), changes);
                }
                if (changes.size() == before) {
                    unchanged.add(LookupKeys.monthlyPrice(plan.code()));
                }
            } catch (StripeException e) {
                throw StripeFailures.of("syncing plan " + plan.code(), e);
            }
        }
        return new CatalogSyncReport(changes, unchanged);
    }

    /** A monthly price: licensed for the plan itself, metered per minute when it names a meter. */
    private record PriceSpec(String lookupKey, Money amount, Optional<String> meter) {
        String currency() {
            return amount.currency().toLowerCase(Locale.ROOT);
        }

        boolean matches(Price price, Product product) {
            Price.Recurring recurring = price.getRecurring();
            return Long.valueOf(amount.minorUnits()).equals(price.getUnitAmount())
                    && currency().equals(price.getCurrency())
                    && product.getId().equals(price.getProduct())
                    && recurring != null && "month".equals(recurring.getInterval())
                    && (meter.isPresent() ? "metered" : "licensed").equals(
                            Objects.requireNonNullElse(recurring.getUsageType(), "licensed"))
                    && Objects.equals(meter.orElse(null), recurring.getMeter());
        }

        PriceCreateParams.Recurring recurring() {
            PriceCreateParams.Recurring.Builder recurring = PriceCreateParams.Recurring.builder()
                    .setInterval(PriceCreateParams.Recurring.Interval.MONTH);
            meter.ifPresent(id -> recurring.setUsageType(PriceCreateParams.Recurring.UsageType.METERED).setMeter(id));
            return recurring.build();
        }
    }

    private Product product(Plan plan, List<String> changes) throws StripeException {
        String id = LookupKeys.product(plan.code());
        String name = productName(plan);
        Optional<Product> existing = existingProduct(id);
        if (existing.isEmpty()) {
            changes.add("created product " + id);
            return stripe.v1().products().create(ProductCreateParams.builder()
                            .setId(id).setName(name).putMetadata("plan", plan.code()).build(),
                    RequestOptions.builder().setIdempotencyKey("product:" + id).build());
        }
        Product product = existing.get();
        if (!name.equals(product.getName()) || !Boolean.TRUE.equals(product.getActive())) {
            changes.add("updated product " + id);
            return stripe.v1().products().update(id, ProductUpdateParams.builder()
                    .setName(name).setActive(true).build());
        }
        return product;
    }

    private Optional<Product> existingProduct(String id) throws StripeException {
        try {
            return Optional.of(stripe.v1().products().retrieve(id));
        } catch (StripeException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void price(PriceSpec spec, Plan plan, Product product, List<String> changes) throws StripeException {
        Optional<Price> current = activePrice(spec.lookupKey());
        if (current.isPresent() && spec.matches(current.get(), product)) {
            return;
        }
        Price created = stripe.v1().prices().create(PriceCreateParams.builder()
                .setProduct(product.getId())
                .setCurrency(spec.currency())
                .setUnitAmount(spec.amount().minorUnits())
                .setRecurring(spec.recurring())
                .setLookupKey(spec.lookupKey())
                .setTransferLookupKey(true)
                .putMetadata("plan", plan.code())
                .build());
        changes.add("created price " + created.getId() + " (" + spec.lookupKey() + ", " + spec.amount()
                + (spec.meter().isPresent() ? " a minute" : " a month") + ")");
        if (current.isPresent()) {
            deactivate(current.get(), changes);
        }
    }

    /** A plan that no longer charges overage keeps no active overage price. */
    private void archive(String lookupKey, List<String> changes) throws StripeException {
        Optional<Price> current = activePrice(lookupKey);
        if (current.isPresent()) {
            deactivate(current.get(), changes);
        }
    }

    private Optional<Price> activePrice(String lookupKey) throws StripeException {
        return stripe.v1().prices().list(PriceListParams.builder().addLookupKey(lookupKey).setActive(true).build())
                .getData().stream().findFirst();
    }

    private void deactivate(Price price, List<String> changes) throws StripeException {
        stripe.v1().prices().update(price.getId(), PriceUpdateParams.builder().setActive(false).build());
        changes.add("archived price " + price.getId());
    }

    private static String productName(Plan plan) {
        return "Tavari " + plan.name();
    }
}
