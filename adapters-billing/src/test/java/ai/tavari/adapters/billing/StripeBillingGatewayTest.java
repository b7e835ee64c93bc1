package ai.tavari.adapters.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.billing.StripeStub.Reply;
import ai.tavari.adapters.billing.StripeStub.Request;
import ai.tavari.application.port.out.BillingUnavailableException;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.user.EmailAddress;
import com.stripe.Stripe;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeBillingGatewayTest {
    private static final BusinessId BUSINESS = new BusinessId(UUID.fromString("4d2c1f8e-0000-4000-8000-000000000042"));
    private static final Plan STARTER = new Plan("starter", "Starter", Money.of(19900, "USD"), 750, 2, false,
            Optional.empty(), 0);
    private static final Plan GROWTH = new Plan("growth", "Growth", Money.of(49900, "USD"), 1900, 5, true,
            Optional.of(Money.of(25, "USD")), 0);
    private static final URI SUCCESS = URI.create("https://app.example/billing?checkout=success");
    private static final URI CANCEL = URI.create("https://app.example/billing?checkout=cancel");

    private StripeStub stub;

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void checkoutIsASubscriptionSessionForThePlansPriceAndTheBusinessesCustomer() throws Exception {
        stub = new StripeStub(request -> switch (request.path()) {
            case "/v1/prices" -> Reply.ok("""
                    {"object":"list","url":"/v1/prices","has_more":false,"data":[{"id":"price_Starter","object":"price",
                     "active":true,"currency":"usd","unit_amount":19900,"lookup_key":"tavari_starter_monthly",
                     "product":"tavari_starter","type":"recurring","recurring":{"interval":"month","interval_count":1}}]}""");
            case "/v1/checkout/sessions" -> Reply.ok("""
                    {"id":"cs_test_1","object":"checkout.session","mode":"subscription","status":"open",
                     "customer":"cus_Tavari42","client_reference_id":"4d2c1f8e-0000-4000-8000-000000000042",
                     "url":"https://checkout.stripe.com/c/pay/cs_test_1"}""");
            default -> StripeStub.notFound("Unrecognized request URL");
        });
        StripeBillingGateway gateway = new StripeBillingGateway(Optional.of(stub.client()));

        URI page = gateway.checkoutPage(BUSINESS, STARTER, "cus_Tavari42",
                URI.create("https://app.example/billing?checkout=success"), URI.create("https://app.example/billing?checkout=cancel"));

        assertThat(page).isEqualTo(URI.create("https://checkout.stripe.com/c/pay/cs_test_1"));
        Request lookup = stub.requests("GET", "/v1/prices").get(0);
        assertThat(lookup.query()).containsEntry("lookup_keys[0]", "tavari_starter_monthly").containsEntry("active", "true");
        Request session = stub.requests("POST", "/v1/checkout/sessions").get(0);
        assertThat(session.authorization()).isEqualTo("Bearer " + StripeStub.KEY);
        assertThat(session.form())
                .containsEntry("mode", "subscription")
                .containsEntry("customer", "cus_Tavari42")
                .containsEntry("client_reference_id", BUSINESS.value().toString())
                .containsEntry("metadata[business_id]", BUSINESS.value().toString())
                .containsEntry("subscription_data[metadata][business_id]", BUSINESS.value().toString())
                .containsEntry("subscription_data[metadata][plan]", "starter")
                .containsEntry("line_items[0][price]", "price_Starter")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("success_url", "https://app.example/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}")
                .containsEntry("cancel_url", "https://app.example/billing?checkout=cancel")
                .doesNotContainKey("payment_method_types")
                .doesNotContainKey("subscription_data[trial_period_days]");
    }

    @Test
    void aPlanWithoutAPriceInStripeAsksForTheCatalogueSync() throws Exception {
        stub = new StripeStub(request -> Reply.ok("{\"object\":\"list\",\"url\":\"/v1/prices\",\"has_more\":false,\"data\":[]}"));
        StripeBillingGateway gateway = new StripeBillingGateway(Optional.of(stub.client()));

        assertThatThrownBy(() -> gateway.checkoutPage(BUSINESS, STARTER, "cus_1", URI.create("https://a.example/ok"),
                URI.create("https://a.example/no")))
                .isInstanceOfSatisfying(BillingUnavailableException.class, e -> assertThat(e.temporary()).isFalse())
                .hasMessageContaining("tavari_starter_monthly").hasMessageContaining("billing-sync");
        assertThat(stub.requests("POST", "/v1/checkout/sessions")).isEmpty();
    }

    @Test
    void theCustomerIsFoundByTheBusinessIdAndCreatedOncePerBusiness() throws Exception {
        stub = new StripeStub(request -> switch (request.path()) {
            case "/v1/customers/search" -> Reply.ok("""
                    {"object":"search_result","url":"/v1/customers/search","has_more":false,"next_page":null,
                     "data":[{"id":"cus_Tavari42","object":"customer","email":"ana@salon.example",
                              "metadata":{"business_id":"4d2c1f8e-0000-4000-8000-000000000042"}}]}""");
            case "/v1/customers" -> Reply.ok("""
                    {"id":"cus_New","object":"customer","email":"ana@salon.example","name":"Ana Salon",
                     "metadata":{"business_id":"4d2c1f8e-0000-4000-8000-000000000042"}}""");
            default -> StripeStub.notFound("Unrecognized request URL");
        });
        StripeBillingGateway gateway = new StripeBillingGateway(Optional.of(stub.client()));

        assertThat(gateway.findCustomer(BUSINESS)).contains("cus_Tavari42");
        assertThat(stub.requests("GET", "/v1/customers/search").get(0).query())
                .containsEntry("query", "metadata['business_id']:'" + BUSINESS.value() + "'");

        assertThat(gateway.createCustomer(BUSINESS, new EmailAddress("ana@salon.example"), "Ana Salon")).isEqualTo("cus_New");
        Request create = stub.requests("POST", "/v1/customers").get(0);
        assertThat(create.form()).containsAllEntriesOf(Map.of("email", "ana@salon.example", "name", "Ana Salon",
                "metadata[business_id]", BUSINESS.value().toString()));
        assertThat(create.idempotencyKey()).isEqualTo("customer:" + BUSINESS.value());
    }

    @Test
    void thePortalIsASessionForTheCustomerThatReturnsToTheDashboard() throws Exception {
        stub = new StripeStub(request -> request.path().equals("/v1/billing_portal/sessions")
                ? Reply.ok("""
                    {"id":"bps_1","object":"billing_portal.session","customer":"cus_Tavari42",
                     "return_url":"https://app.example/billing","url":"https://billing.stripe.com/p/session/test_1"}""")
                : StripeStub.notFound("Unrecognized request URL"));
        StripeBillingGateway gateway = new StripeBillingGateway(Optional.of(stub.client()));

        URI portal = gateway.customerPortal("cus_Tavari42", URI.create("https://app.example/billing"));

        assertThat(portal).isEqualTo(URI.create("https://billing.stripe.com/p/session/test_1"));
        Request request = stub.requests("POST", "/v1/billing_portal/sessions").get(0);
        assertThat(request.form()).containsEntry("customer", "cus_Tavari42")
                .containsEntry("return_url", "https://app.example/billing");
        assertThat(request.authorization()).isEqualTo("Bearer " + StripeStub.KEY);
    }

    @Test
    void theSdkPinsTheDahliaApiVersion() {
        assertThat(Stripe.API_VERSION).isEqualTo("2026-07-29.dahlia");
    }

    @Test
    void withoutASecretKeyItIsNotConfigured() {
        assertThat(StripeClients.create(Optional.empty(), Optional.of("http://127.0.0.1:1"))).isEmpty();
        assertThat(StripeClients.create(Optional.of("  "), Optional.empty())).isEmpty();
        StripeBillingGateway gateway = new StripeBillingGateway(Optional.empty());

        assertThat(gateway.isConfigured()).isFalse();
        assertThatThrownBy(() -> gateway.findCustomer(BUSINESS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPlanWithOverageIsBoughtWithItsMeteredPriceWithoutQuantity() throws Exception {
        stub = new StripeStub(request -> switch (request.path()) {
            case "/v1/prices" -> Reply.ok("{\"object\":\"list\",\"url\":\"/v1/prices\",\"has_more\":false,\"data\":["
                    + "{\"id\":\"price_for_" + request.query().get("lookup_keys[0]") + "\",\"object\":\"price\"}]}");
            case "/v1/checkout/sessions" -> Reply.ok("""
                    {"id":"cs_test_2","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_2"}""");
            default -> StripeStub.notFound("Unrecognized request URL");
        });

        new StripeBillingGateway(Optional.of(stub.client())).checkoutPage(BUSINESS, GROWTH, "cus_1", SUCCESS, CANCEL);

        assertThat(stub.requests("POST", "/v1/checkout/sessions").get(0).form())
                .containsEntry("line_items[0][price]", "price_for_tavari_growth_monthly")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[1][price]", "price_for_tavari_growth_overage")
                .doesNotContainKey("line_items[1][quantity]");
    }

    @Test
    void stripeBeingDownOrRateLimitingIsATemporaryFailure() throws Exception {
        for (Reply reply : List.of(Reply.error(500, "api_error", "Stripe had a problem"),
                Reply.error(503, "api_error", "Service unavailable"),
                Reply.error(429, "invalid_request_error", "Too many requests"))) {
            stub = new StripeStub(request -> reply);
            StripeBillingGateway gateway = new StripeBillingGateway(Optional.of(stub.client()));

            assertThatThrownBy(() -> gateway.customerPortal("cus_1", SUCCESS)).as(reply.json())
                    .isInstanceOfSatisfying(BillingUnavailableException.class, e -> assertThat(e.temporary()).isTrue())
                    .hasMessageContaining("Billing Portal");
            stub.close();
        }
    }

    @Test
    void stripeRefusingTheRequestIsNotTemporary() throws Exception {
        for (Reply reply : List.of(Reply.error(401, "invalid_request_error", "Invalid API Key provided"),
                Reply.error(400, "invalid_request_error", "No such customer: 'cus_1'"))) {
            stub = new StripeStub(request -> reply);
            StripeBillingGateway gateway = new StripeBillingGateway(Optional.of(stub.client()));

            assertThatThrownBy(() -> gateway.checkoutPage(BUSINESS, STARTER, "cus_1", SUCCESS, CANCEL)).as(reply.json())
                    .isInstanceOfSatisfying(BillingUnavailableException.class, e -> assertThat(e.temporary()).isFalse());
            stub.close();
        }
    }

    @Test
    void anUnreachableStripeIsATemporaryFailure() throws Exception {
        stub = new StripeStub(request -> Reply.ok("{}"));
        String base = stub.base();
        stub.close();
        StripeBillingGateway gateway = new StripeBillingGateway(StripeClients.create(Optional.of(StripeStub.KEY),
                Optional.of(base)));

        assertThatThrownBy(() -> gateway.findCustomer(BUSINESS))
                .isInstanceOfSatisfying(BillingUnavailableException.class, e -> assertThat(e.temporary()).isTrue());
    }
}
