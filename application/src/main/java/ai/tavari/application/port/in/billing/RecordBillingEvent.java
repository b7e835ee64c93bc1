package ai.tavari.application.port.in.billing;

/**
 * Applies a verified billing event once: the event id is recorded in the same transaction as
 * its effect, so a redelivery, even a concurrent one, changes nothing.
 */
public interface RecordBillingEvent {
    BillingEventResult record(BillingEvent event);
}
