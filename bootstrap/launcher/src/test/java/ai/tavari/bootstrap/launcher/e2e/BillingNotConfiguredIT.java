package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared test server has no Stripe secret key: the product runs, checkout and portal answer a
 * clear 503 problem, and the status answers with the default plan.
 */
@ExtendWith(RunningTavari.class)
class BillingNotConfiguredIT {
    @Test
    void checkoutAndPortalAnswerBillingNotConfiguredAndTheStatusTheDefaultPlan(TavariServer server) {
        Owner owner = new OwnerApi(server).signUp("No Stripe Bakery");

        for (Answer answer : new Answer[] {owner.post("api/billing/checkout", "{\"plan\":\"starter\"}"),
                owner.get("api/billing/portal")}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonObject problem = answer.object();
            assertThat(problem.getString("type")).isEqualTo("/problems/billing-not-configured");
            assertThat(problem.getString("detail")).contains("STRIPE_SECRET_KEY");
            assertThat(problem.getString("requestId")).isNotBlank();
        }

        Answer status = owner.get("api/billing/status");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.object().getBoolean("billingConfigured")).isFalse();
        assertThat(status.object().getString("status")).isEqualTo("trialing");
        assertThat(status.object().getJsonObject("plan").getString("code")).isEqualTo("trial");
        assertThat(owner.post("api/billing/checkout", "{\"plan\":\"gold\"}").errorFields())
                .as("an unknown plan is still a field error").containsExactly("plan");
    }
}
