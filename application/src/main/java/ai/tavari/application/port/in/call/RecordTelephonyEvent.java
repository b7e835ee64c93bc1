package ai.tavari.application.port.in.call;

/**
 * Applies a telephony event exactly once (a repeated event id changes nothing).
 *
 * @throws ai.tavari.application.port.in.NotFoundException if no call has that provider id
 */
public interface RecordTelephonyEvent {
    /** @return true if applied, false for a duplicate */
    boolean record(TelephonyEvent event);
}
