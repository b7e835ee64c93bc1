package ai.tavari.adapters.billing;

import ai.tavari.application.port.out.BillingGateway;
import ai.tavari.application.port.out.BillingUnavailableException;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Price;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerSearchParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe Checkout (subscription mode) and the Billing Portal through {@code StripeClient.v1()}.
 * Prices are found by their lookup key ({@link LookupKeys}), which the catalogue sync maintains; a
 * plan with overage is bought with its metered price too, so the minutes reported to the meter are
 * invoiced. The business id travels as {@code client_reference_id} and as metadata on the session,
 * the subscription and the customer. Without {@code stripe.secret.key} it is not configured. Every
 * Stripe failure becomes a {@link BillingUnavailableException}.
 */
@ApplicationScoped
public class StripeBillingGateway implements BillingGateway {
    static final String BUSINESS_ID = "business_id";

    @Inject
    @ConfigProperty(name = StripeClients.SECRET_KEY)
    Optional<String> secretKey;
    @Inject
    @ConfigProperty(name = StripeClients.API_BASE)
    Optional<String> apiBase;

    private Optional<StripeClient> client = Optional.empty();

    protected StripeBillingGateway() {
    }

    public StripeBillingGateway(Optional<StripeClient> client) {
        this.client = client;
    }

    @PostConstruct
    void connect() {
        client = StripeClients.create(secretKey, apiBase);
    }

    @Override
    public boolean isConfigured() {
        return client.isPresent();
    }

    @Override
    public Optional<String> findCustomer(BusinessId businessId) {
        try {
            List<Customer> found = stripe().v1().customers().search(CustomerSearchParams.builder()
                    .setQuery("metadata['" + BUSINESS_ID + "']:'" + businessId.value() + "'").build()).getData();
            return found.stream().map(Customer::getId).findFirst();
        } catch (StripeException e) {
            throw StripeFailures.of("searching the Stripe customer", e);
        }
    }

    @Override
    public String createCustomer(BusinessId businessId, EmailAddress ownerEmail, String businessName) {
        try {
            return stripe().v1().customers().create(CustomerCreateParams.builder()
                            .setEmail(ownerEmail.value()).setName(businessName)
                            .putMetadata(BUSINESS_ID, businessId.value().toString()).build(),
                    RequestOptions.builder().setIdempotencyKey("customer:" + businessId.value()).build()).getId();
        } catch (StripeException e) {
            throw StripeFailures.of("creating the Stripe customer", e);
        }
    }

    @Override
    public URI checkoutPage(BusinessId businessId, Plan plan, String customerId, URI successUrl, URI cancelUrl) {
        String business = businessId.value().toString();
        try {
            SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
                    .putMetadata(BUSINESS_ID, business)
                    .putMetadata("plan", plan.code());
            if (plan.hasTrial()) {
                subscription.setTrialPeriodDays((long) plan.trialDays());
            }
            SessionCreateParams.Builder params = SessionCreateParams.builder()
                    .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    .setCustomer(customerId)
                    .setClientReferenceId(business)
                    .putMetadata(BUSINESS_ID, business)
                    .putMetadata("plan", plan.code())
                    .addLineItem(SessionCreateParams.LineItem.builder()
                            .setPrice(priceId(LookupKeys.monthlyPrice(plan.code()))).setQuantity(1L).build());
            if (plan.overageAllowed()) {
                // A metered price takes no quantity: Stripe bills what the meter summed.
                params.addLineItem(SessionCreateParams.LineItem.builder()
                        .setPrice(priceId(LookupKeys.overagePrice(plan.code()))).build());
            }
            params.setSubscriptionData(subscription.build())
                    .setAllowPromotionCodes(true)
                    .setSuccessUrl(successUrl + (successUrl.getQuery() == null ? "?" : "&") + "session_id={CHECKOUT_SESSION_ID}")
                    .setCancelUrl(cancelUrl.toString());
            return URI.create(stripe().v1().checkout().sessions().create(params.build()).getUrl());
        } catch (StripeException e) {
            throw StripeFailures.of("creating the Stripe Checkout session", e);
        }
    }

    @Override
    public URI customerPortal(String customerId, URI returnUrl) {
        try {
            return URI.create(stripe().v1().billingPortal().sessions().create(
                    com.stripe.param.billingportal.SessionCreateParams.builder()
                            .setCustomer(customerId).setReturnUrl(returnUrl.toString()).build()).getUrl());
        } catch (StripeException e) {
            throw StripeFailures.of("creating the Stripe Billing Portal session", e);
        }
    }

    private String priceId(String lookupKey) throws StripeException {
        List<Price> prices = stripe().v1().prices().list(PriceListParams.builder()
                .addLookupKey(lookupKey).setActive(true).build()).getData();
        return prices.stream().map(Price::getId).findFirst()
                .orElseThrow(() -> StripeFailures.missing("Stripe has no active price with lookup key " + lookupKey
                        + "; run 'java -jar tavari.jar billing-sync'"));
    }

    private StripeClient stripe() {
        return client.orElseThrow(() -> new IllegalStateException("Stripe is not configured"));
    }
}
