package ai.tavari.adapters.web.billing;

/** {@code POST /api/billing/checkout}: the code of the plan to buy. */
public record CheckoutRequest(String plan) {
}
