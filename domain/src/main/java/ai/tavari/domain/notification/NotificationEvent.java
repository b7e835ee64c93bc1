package ai.tavari.domain.notification;

/**
 * What an owner can be told about, each with the channels it uses until the owner chooses
 * otherwise: every message by e-mail, urgent ones also by SMS at once, account alerts by e-mail
 * (a failed payment also by SMS, since calls stop once its grace ends).
 */
public enum NotificationEvent {
    NEW_MESSAGE("A caller left a message", true, false),
    URGENT_MESSAGE("A caller left an urgent message", true, true),
    USAGE_ALERT("80 %, 95 % and 100 % of the plan's minutes used", true, false),
    PAYMENT_FAILED("A payment failed", true, true),
    TRIAL_ENDING("The free trial ends in 3 days", true, false),
    DAILY_DIGEST("Every evening, the day's messages in one e-mail", false, false);

    private final String description;
    private final boolean emailByDefault;
    private final boolean smsByDefault;

    NotificationEvent(String description, boolean emailByDefault, boolean smsByDefault) {
        this.description = description;
        this.emailByDefault = emailByDefault;
        this.smsByDefault = smsByDefault;
    }

    public String description() {
        return description;
    }

    public ChannelChoice defaultChoice() {
        return new ChannelChoice(emailByDefault, smsByDefault);
    }
}
