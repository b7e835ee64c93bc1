package ai.tavari.adapters.billing;

import ai.tavari.domain.billing.Plan;
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
import java.util.Optional;

/**
 * Makes Stripe's products and prices match the plan catalogue, idempotently. Each sold plan has a
 * product with the id {@code tavari_<plan>} and one active monthly price with the lookup key
 * {@code tavari_<plan>_monthly}. Prices cannot change amount, so a new amount is a new price that
 * takes the lookup key over, and the old price is archived. A second run changes nothing.
 */
public final class StripeCatalogSync {
    private final StripeClient stripe;

    public StripeCatalogSync(StripeClient stripe) {
        this.stripe = stripe;
    }

    /** Syncs the plans that have a monthly price; free plans (the trial) are not sold through Stripe. */
    public CatalogSyncReport sync(List<Plan> plans) {
        List<String> changes = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Plan plan : plans) {
            if (!plan.monthlyPrice().isPositive()) {
                continue;
            }
            try {
                int before = changes.size();
                Product product = product(plan, changes);
                price(plan, product, changes);
                if (changes.size() == before) {
                    unchanged.add(LookupKeys.monthlyPrice(plan.code()));
                }
            } catch (StripeException e) {
                throw new BillingUnavailableException("syncing plan " + plan.code() + " failed: " + e.getMessage(), e);
            }
        }
        return new CatalogSyncReport(changes, unchanged);
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

    private void price(Plan plan, Product product, List<String> changes) throws StripeException {
        String key = LookupKeys.monthlyPrice(plan.code());
        String currency = plan.monthlyPrice().currency().toLowerCase(Locale.ROOT);
        Optional<Price> current = stripe.v1().prices().list(PriceListParams.builder()
                .addLookupKey(key).setActive(true).build()).getData().stream().findFirst();
        if (current.isPresent() && matches(current.get(), plan, product, currency)) {
            return;
        }
        Price created = stripe.v1().prices().create(PriceCreateParams.builder()
                .setProduct(product.getId())
                .setCurrency(currency)
                .setUnitAmount(plan.monthlyPrice().minorUnits())
                .setRecurring(PriceCreateParams.Recurring.builder()
                        .setInterval(PriceCreateParams.Recurring.Interval.MONTH).build())
                .setLookupKey(key)
                .setTransferLookupKey(true)
                .putMetadata("plan", plan.code())
                .build());
        changes.add("created price " + created.getId() + " (" + key + ", " + plan.monthlyPrice() + " a month)");
        if (current.isPresent()) {
            stripe.v1().prices().update(current.get().getId(), PriceUpdateParams.builder().setActive(false).build());
            changes.add("archived price " + current.get().getId());
        }
    }

    private static boolean matches(Price price, Plan plan, Product product, String currency) {
        return Long.valueOf(plan.monthlyPrice().minorUnits()).equals(price.getUnitAmount())
                && currency.equals(price.getCurrency())
                && product.getId().equals(price.getProduct())
                && price.getRecurring() != null && "month".equals(price.getRecurring().getInterval());
    }

    private static String productName(Plan plan) {
        return "Tavari " + plan.name();
    }
}
