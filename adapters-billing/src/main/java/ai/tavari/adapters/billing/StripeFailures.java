package ai.tavari.adapters.billing;

import ai.tavari.application.port.out.BillingUnavailableException;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;

/**
 * Turns the SDK's failures into the product's: temporary when Stripe could not be reached, was
 * rate-limiting, was busy with the same idempotency key, or failed on its side (the SDK has then
 * already retried); otherwise Stripe refused the request (a bad key, an invalid parameter).
 */
final class StripeFailures {
    private StripeFailures() {
    }

    static BillingUnavailableException of(String action, StripeException failure) {
        return new BillingUnavailableException(action + " failed: " + failure.getMessage(), temporary(failure), failure);
    }

    /** Something Stripe lacks that only the operator can fix, such as a price the catalogue sync did not create. */
    static BillingUnavailableException missing(String what) {
        return new BillingUnavailableException(what, false, null);
    }

    static boolean temporary(StripeException failure) {
        if (failure instanceof ApiConnectionException || failure instanceof RateLimitException) {
            return true;
        }
        Integer status = failure.getStatusCode();
        return status == null || status == 409 || status == 429 || status >= 500;
    }
}
