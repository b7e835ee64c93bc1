package ai.tavari.application.service.call.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How live calls behave: pacing, watchdogs, wind-down, and what the caller hears when the agent
 * cannot go on. Defaults follow the live-call requirements; the composition root may override.
 *
 * @param maxLead how far agent audio may run ahead of real time at the telephony side
 * @param noReplyTimeout the agent counts as failed when it has said nothing this long after the caller stopped
 * @param wrapUpBefore the agent is told to wrap up this long before the call's time is up
 * @param mediaConnectTimeout a call whose media never connects is given up after this
 * @param goodbyeTimeout the longest wait for a goodbye (or a transfer announcement) to finish
 * @param mediaTokenLifetime how long a media token may be used after it was issued
 * @param heartbeat how often live calls record a sign of life
 * @param silentAfter a live call with no sign of life this long is closed by the reconciler
 */
public record LiveCallSettings(
        Duration maxLead,
        Duration noReplyTimeout,
        Duration wrapUpBefore,
        Duration mediaConnectTimeout,
        Duration goodbyeTimeout,
        Duration mediaTokenLifetime,
        Duration heartbeat,
        Duration silentAfter,
        Duration maxVoicemail,
        String apology,
        CallPrices prices) {

    public LiveCallSettings {
        Objects.requireNonNull(maxLead, "maxLead");
        Objects.requireNonNull(noReplyTimeout, "noReplyTimeout");
        Objects.requireNonNull(wrapUpBefore, "wrapUpBefore");
        Objects.requireNonNull(mediaConnectTimeout, "mediaConnectTimeout");
        Objects.requireNonNull(goodbyeTimeout, "goodbyeTimeout");
        Objects.requireNonNull(mediaTokenLifetime, "mediaTokenLifetime");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(silentAfter, "silentAfter");
        Objects.requireNonNull(maxVoicemail, "maxVoicemail");
        Objects.requireNonNull(apology, "apology");
        Objects.requireNonNull(prices, "prices");
        if (silentAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("silentAfter must be at least three heartbeats");
        }
    }

    public static LiveCallSettings defaults() {
        return new LiveCallSettings(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(120),
                "I'm sorry, I'm having trouble on my end. Please leave your name, number and message after the tone,"
                        + " and we'll get back to you.",
                CallPrices.defaults());
    }
}
