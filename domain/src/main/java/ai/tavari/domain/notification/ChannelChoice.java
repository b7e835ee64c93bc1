package ai.tavari.domain.notification;

/** Which channels one kind of notification goes out on. */
public record ChannelChoice(boolean email, boolean sms) {
    public static final ChannelChoice NONE = new ChannelChoice(false, false);

    public boolean uses(Channel channel) {
        return channel == Channel.EMAIL ? email : sms;
    }
}
