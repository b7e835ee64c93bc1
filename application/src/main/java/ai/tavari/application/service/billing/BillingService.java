package ai.tavari.application.service.billing;

import ai.tavari.application.port.in.billing.BillingNotConfiguredException;
import ai.tavari.application.port.in.billing.BillingStatus;
import ai.tavari.application.port.in.billing.CheckoutCommand;
import ai.tavari.application.port.in.billing.GetBillingStatus;
import ai.tavari.application.port.in.billing.GetBusinessSubscription;
import ai.tavari.application.port.in.billing.ListPlansForSale;
import ai.tavari.application.port.in.billing.NoBillingAccountException;
import ai.tavari.application.port.in.billing.OpenBillingPortal;
import ai.tavari.application.port.in.billing.StartCheckout;
import ai.tavari.application.port.out.BillingGateway;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.PlanCatalog;
import ai.tavari.application.port.out.StoredSubscription;
import ai.tavari.application.port.out.SubscriptionRepository;
import ai.tavari.application.port.out.UsageLedger;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.Subscription;
import ai.tavari.domain.billing.SubscriptionStatus;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.User;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Buying and managing a plan through the payment provider's hosted pages, and the billing status.
 * The provider is only called from checkout and portal; the status never needs it. Every call
 * concerns the business given, which the web adapter takes from the logged-in owner only.
 */
@Singleton
@Transactional
public class BillingService implements StartCheckout, OpenBillingPortal, GetBillingStatus, ListPlansForSale {
    private final BusinessRepository businesses;
    private final UserRepository users;
    private final PlanCatalog catalog;
    private final GetBusinessSubscription businessSubscription;
    private final UsageLedger usage;
    private final SubscriptionRepository subscriptions;
    private final BillingGateway gateway;
    private final Clock clock;

    @Inject
    public BillingService(BusinessRepository businesses, UserRepository users, PlanCatalog catalog,
                          GetBusinessSubscription businessSubscription, UsageLedger usage, SubscriptionRepository subscriptions,
                          BillingGateway gateway, Clock clock) {
        this.businesses = businesses;
        this.users = users;
        this.catalog = catalog;
        this.businessSubscription = businessSubscription;
        this.usage = usage;
        this.subscriptions = subscriptions;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public List<Plan> plansForSale() {
        return catalog.sold();
    }

    @Override
    public URI checkout(CheckoutCommand command) {
        Plan plan = catalog.find(command.plan()).filter(p -> catalog.sold().contains(p))
                .orElseThrow(() -> InvalidCommandException.of("plan", "must be one of "
                        + catalog.sold().stream().map(Plan::code).collect(Collectors.joining(", "))));
        requireConfigured();
        Business business = business(command.businessId());
        User owner = users.findById(command.businessId(), command.ownerId())
                .orElseThrow(() -> new IllegalStateException("authenticated user no longer exists"));
        String customer = customerOf(business.id())
                .orElseGet(() -> gateway.createCustomer(business.id(), owner.email(), business.name()));
        return gateway.checkoutPage(business.id(), plan, customer,
                command.returnBase().resolve("billing?checkout=success"),
                command.returnBase().resolve("billing?checkout=cancel"));
    }

    @Override
    public URI portal(BusinessId businessId, URI returnUrl) {
        requireConfigured();
        String customer = customerOf(businessId).orElseThrow(NoBillingAccountException::new);
        return gateway.customerPortal(customer, returnUrl);
    }

    /** The subscription and minutes of the same period the usage rules count in; see {@link GetBusinessSubscription}. */
    @Override
    public BillingStatus status(BusinessId businessId) {
        Subscription subscription = businessSubscription.subscriptionOf(businessId, clock.instant()).subscription();
        return new BillingStatus(catalog.findOrDefault(subscription.planCode()), subscription,
                usage.minutesUsed(businessId, subscription.currentPeriod()), gateway.isConfigured(),
                trialEnd(businessId, subscription));
    }

    private Optional<Instant> trialEnd(BusinessId businessId, Subscription subscription) {
        if (subscriptions.findByBusiness(businessId).isPresent()) {
            // The provider's trial is the subscription's current period.
            return subscription.status() == SubscriptionStatus.TRIALING
                    ? Optional.of(subscription.currentPeriod().end()) : Optional.empty();
        }
        return NoSubscription.trialEnd(business(businessId), catalog.defaultPlan());
    }

    /** The customer the provider reported for the business, else one made at an earlier checkout. */
    private Optional<String> customerOf(BusinessId businessId) {
        return subscriptions.findByBusiness(businessId).flatMap(StoredSubscription::customerId)
                .or(() -> gateway.findCustomer(businessId));
    }

    private void requireConfigured() {
        if (!gateway.isConfigured()) {
            throw new BillingNotConfiguredException();
        }
    }

    private Business business(BusinessId businessId) {
        return businesses.findById(businessId)
                .orElseThrow(() -> new IllegalStateException("authenticated business no longer exists"));
    }
}
