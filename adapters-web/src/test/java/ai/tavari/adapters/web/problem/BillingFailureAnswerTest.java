package ai.tavari.adapters.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BillingUnavailableException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingFailureAnswerTest {
    @Test
    void aProviderThatMayRecoverIsA503WithRetryAfter() {
        BillingFailureAnswer answer = BillingFailureAnswer.of(new BillingUnavailableException(
                "creating the Stripe Checkout session failed: connection refused", true, null), "req-1");

        assertThat(answer.type()).isEqualTo(ProblemType.BILLING_UNAVAILABLE);
        assertThat(answer.type().status()).isEqualTo(Status.SERVICE_UNAVAILABLE);
        assertThat(answer.type().uri()).isEqualTo("/problems/billing-unavailable");
        assertThat(answer.retryAfterSeconds()).contains(30);
    }

    @Test
    void aProviderThatRefusedIsA502NamingTheRequestButNotTheProvidersMessage() {
        BillingFailureAnswer answer = BillingFailureAnswer.of(new BillingUnavailableException(
                "Stripe has no active price with lookup key tavari_starter_monthly", false, null), "req-2");

        assertThat(answer.type().status()).isEqualTo(Status.BAD_GATEWAY);
        assertThat(answer.type().uri()).isEqualTo("/problems/billing-provider-error");
        assertThat(answer.retryAfterSeconds()).isEqualTo(Optional.empty());
        assertThat(answer.detail()).contains("req-2").doesNotContain("tavari_starter_monthly");
    }
}
