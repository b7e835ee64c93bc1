package ai.tavari.application.fakes;

import ai.tavari.application.port.out.BillingGateway;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A payment provider in memory: one customer per business (created on demand), and the hosted
 * pages asked for, so tests can see which business and customer each request was for.
 */
public class FakeBillingGateway implements BillingGateway {
    public record Checkout(BusinessId businessId, String planCode, String customerId, URI successUrl, URI cancelUrl) {
    }

    public record Portal(String customerId, URI returnUrl) {
    }

    public record Customer(BusinessId businessId, EmailAddress email, String name) {
    }

    private final boolean configured;
    private final Map<String, Customer> customers = new ConcurrentHashMap<>();
    private final List<Checkout> checkouts = new ArrayList<>();
    private final List<Portal> portals = new ArrayList<>();

    public FakeBillingGateway(boolean configured) {
        this.configured = configured;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public Optional<String> findCustomer(BusinessId businessId) {
        requireConfigured();
        return customers.entrySet().stream().filter(e -> e.getValue().businessId().equals(businessId))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public String createCustomer(BusinessId businessId, EmailAddress ownerEmail, String businessName) {
        requireConfigured();
        String id = "cus_" + businessId.value().toString().substring(0, 8);
        customers.putIfAbsent(id, new Customer(businessId, ownerEmail, businessName));
        return id;
    }

    @Override
    public synchronized URI checkoutPage(BusinessId businessId, Plan plan, String customerId, URI successUrl, URI cancelUrl) {
        requireConfigured();
        checkouts.add(new Checkout(businessId, plan.code(), customerId, successUrl, cancelUrl));
        return URI.create("https://checkout.example/" + customerId + "/" + plan.code());
    }

    @Override
    public synchronized URI customerPortal(String customerId, URI returnUrl) {
        requireConfigured();
        portals.add(new Portal(customerId, returnUrl));
        return URI.create("https://portal.example/" + customerId);
    }

    public Map<String, Customer> customers() {
        return Map.copyOf(customers);
    }

    public synchronized List<Checkout> checkouts() {
        return List.copyOf(checkouts);
    }

    public synchronized List<Portal> portals() {
        return List.copyOf(portals);
    }

    private void requireConfigured() {
        if (!configured) {
            throw new IllegalStateException("the payment provider is not configured");
        }
    }
}
