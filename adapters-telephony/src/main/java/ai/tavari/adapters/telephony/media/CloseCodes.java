package ai.tavari.adapters.telephony.media;

/** The WebSocket close codes (RFC 6455 §7.4.1) this endpoint uses or looks for. */
final class CloseCodes {
    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    static final int CANNOT_ACCEPT = 1003;
    static final int POLICY_VIOLATION = 1008;
    static final int TOO_BIG = 1009;
    static final int UNEXPECTED_CONDITION = 1011;

    private CloseCodes() {
    }
}
