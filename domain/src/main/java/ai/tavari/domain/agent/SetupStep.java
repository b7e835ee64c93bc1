package ai.tavari.domain.agent;

/** The five steps of the setup wizard, in the order the owner walks them. */
public enum SetupStep {
    BUSINESS_INFO("businessInfo"),
    GREETING_AND_VOICE("greetingAndVoice"),
    HOURS("hours"),
    FAQS("faqs"),
    MESSAGE_SETTINGS("messageSettings");

    private final String key;

    SetupStep(String key) {
        this.key = key;
    }

    /** A stable camel-case name, used as the field of "save this step" missing items. */
    public String key() {
        return key;
    }
}
