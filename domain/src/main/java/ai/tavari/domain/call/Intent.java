package ai.tavari.domain.call;

/** What a call was mainly about, for the owner's call list. */
public enum Intent {
    HOURS,
    FAQ,
    MESSAGE,
    TRANSFER,
    BOOKING_REQUEST,
    SPAM_OR_SALES,
    OTHER
}
