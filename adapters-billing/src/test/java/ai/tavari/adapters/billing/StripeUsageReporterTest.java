package ai.tavari.adapters.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.billing.StripeStub.Reply;
import ai.tavari.adapters.billing.StripeStub.Request;
import ai.tavari.application.port.out.BillingUnavailableException;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeUsageReporterTest {
    private static final CallId CALL = new CallId(UUID.fromString("0b7e6a52-0000-4000-8000-0000000000c1"));
    private static final Instant ENDED = Instant.parse("2026-11-25T09:15:42Z");

    private StripeStub stub;

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    private static Reply accepted(Request request) {
        return Reply.ok("{\"object\":\"billing.meter_event\",\"event_name\":\"tavari_call_minutes\",\"identifier\":\""
                + request.form().get("identifier") + "\",\"livemode\":false,\"payload\":{}}");
    }

    @Test
    void reportsTheMinutesAsAMeterEventIdentifiedByTheCall() throws Exception {
        stub = new StripeStub(StripeUsageReporterTest::accepted);
        StripeUsageReporter reporter = new StripeUsageReporter(Optional.of(stub.client()), "tavari_call_minutes");

        reporter.reportOverage("cus_Tavari42", CALL, 3, ENDED);

        Request event = stub.requests("POST", "/v1/billing/meter_events").get(0);
        assertThat(event.form())
                .containsEntry("event_name", "tavari_call_minutes")
                .containsEntry("identifier", "tavari-call-" + CALL.value())
                .containsEntry("timestamp", Long.toString(ENDED.getEpochSecond()))
                .containsEntry("payload[stripe_customer_id]", "cus_Tavari42")
                .containsEntry("payload[value]", "3");
        assertThat(event.idempotencyKey()).isEqualTo("tavari-call-" + CALL.value());
        assertThat(event.authorization()).isEqualTo("Bearer " + StripeStub.KEY);
        assertThat(reporter.isConfigured()).isTrue();
    }

    @Test
    void aRetryOfTheSameCallCarriesTheSameIdentityAndFigure() throws Exception {
        stub = new StripeStub(StripeUsageReporterTest::accepted);
        StripeUsageReporter reporter = new StripeUsageReporter(Optional.of(stub.client()), "tavari_call_minutes");

        reporter.reportOverage("cus_Tavari42", CALL, 3, ENDED);
        reporter.reportOverage("cus_Tavari42", CALL, 3, ENDED);
        reporter.reportOverage("cus_Tavari42", CallId.newId(), 1, ENDED);

        var events = stub.requests("POST", "/v1/billing/meter_events");
        assertThat(events.get(1).form()).isEqualTo(events.get(0).form());
        assertThat(events.get(1).idempotencyKey()).isEqualTo(events.get(0).idempotencyKey());
        assertThat(events.get(2).form().get("identifier")).isNotEqualTo(events.get(0).form().get("identifier"));
    }

    @Test
    void theEventNameIsConfigurable() throws Exception {
        stub = new StripeStub(StripeUsageReporterTest::accepted);

        new StripeUsageReporter(Optional.of(stub.client()), "acme_minutes").reportOverage("cus_1", CALL, 2, ENDED);

        assertThat(stub.requests("POST", "/v1/billing/meter_events").get(0).form()).containsEntry("event_name", "acme_minutes");
    }

    @Test
    void withoutKeysNothingIsReported() {
        StripeUsageReporter reporter = new StripeUsageReporter(Optional.empty(), StripeMeter.DEFAULT_EVENT_NAME);

        reporter.reportOverage("cus_1", CALL, 3, ENDED);

        assertThat(reporter.isConfigured()).isFalse();
    }

    @Test
    void aFailureSaysWhetherToTryAgain() throws Exception {
        stub = new StripeStub(request -> Reply.error(503, "api_error", "Service unavailable"));
        StripeUsageReporter down = new StripeUsageReporter(Optional.of(stub.client()), "tavari_call_minutes");
        assertThatThrownBy(() -> down.reportOverage("cus_1", CALL, 3, ENDED))
                .isInstanceOfSatisfying(BillingUnavailableException.class, e -> assertThat(e.temporary()).isTrue())
                .hasMessageContaining(CALL.toString());
        stub.close();

        stub = new StripeStub(request -> Reply.error(400, "invalid_request_error",
                "Timestamp must be within the past 35 calendar days"));
        StripeUsageReporter refused = new StripeUsageReporter(Optional.of(stub.client()), "tavari_call_minutes");
        assertThatThrownBy(() -> refused.reportOverage("cus_1", CALL, 3, ENDED.minusSeconds(40L * 86_400)))
                .isInstanceOfSatisfying(BillingUnavailableException.class, e -> assertThat(e.temporary()).isFalse());
    }
}
