package ai.tavari.adapters.billing;

import ai.tavari.application.port.out.BillingGateway;
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
 * Prices are found by their lookup key ({@link LookupKeys}), which the catalogue sync maintains;
 * the business id travels as {@code client_reference_id} and as metadata on the session, the
 * subscription and the customer. Without {@code stripe.secret.key} it is not configured.
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
            throw new BillingUnavailableException("Stripe customer search failed: " + e.getMessage(), e);
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
            throw new BillingUnavailableException("creating the Stripe customer failed: " + e.getMessage(), e);
        }
    }

    @Override
    public URI checkoutPage(BusinessId businessId, Plan plan, String customerId, URI successUrl, URI cancelUrl) {
        String business = businessId.value().toString();
        try {
            SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
                    .putMetadata(BUSINESS_ID, business);
            if (plan.hasTrial()) {
                subscription.setTrialPeriodDays((long) plan.trialDays());
            }
            SessionCreateParams params = SessionCreateParams.builder()
                    .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    .setCustomer(customerId)
                    .setClientReferenceId(business)
                    .putMetadata(BUSINESS_ID, business)
                    .putMetadata("plan", plan.code())
                    .addLineItem(SessionCreateParams.LineItem.builder()
                            .setPrice(priceId(plan)).setQuantity(1L).build())
                    .setSubscriptionData(subscription.build())
                    .setAllowPromotionCodes(true)
                    .setSuccessUrl(successUrl + (successUrl.getQuery() == null ? "?" : "&") + "session_id={CHECKOUT_SESSION_ID}")
                    .setCancelUrl(cancelUrl.toString())
                    .build();
            return URI.create(stripe().v1().checkout().sessions().create(params).getUrl());
        } catch (StripeException e) {
            throw new BillingUnavailableException("creating the Stripe Checkout session failed: " + e.getMessage(), e);
        }
    }

    @Override
    public URI customerPortal(String customerId, URI returnUrl) {
        try {
            return URI.create(stripe().v1().billingPortal().sessions().create(
                    com.stripe.param.billingportal.SessionCreateParams.builder()
                            .setCustomer(customerId).setReturnUrl(returnUrl.toString()).build()).getUrl());
        } catch (StripeException e) {
            throw new BillingUnavailableException("creating the Stripe Billing Portal session failed: " + e.getMessage(), e);
        }
    }

    private String priceId(Plan plan) throws StripeException {
        String key = LookupKeys.monthlyPrice(plan.code());
        List<Price> prices = stripe().v1().prices().list(PriceListParams.builder()
                .addLookupKey(key).setActive(true).build()).getData();
        return prices.stream().map(Price::getId).findFirst()
                .orElseThrow(() -> new BillingUnavailableException("Stripe has no active price with lookup key " + key
                        + "; run 'java -jar tavari.jar billing-sync'", null));
    }

    private StripeClient stripe() {
        return client.orElseThrow(() -> new IllegalStateException("Stripe is not configured"));
    }
}
