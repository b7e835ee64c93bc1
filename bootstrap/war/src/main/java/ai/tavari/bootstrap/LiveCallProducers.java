package ai.tavari.bootstrap;

import ai.tavari.application.service.call.live.CallPrices;
import ai.tavari.application.service.call.live.LiveCallSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Live-call behaviour and cost figures from configuration (defaults in microprofile-config.properties). */
@ApplicationScoped
public class LiveCallProducers {
    @Inject
    @ConfigProperty(name = "tavari.calls.max-audio-lead", defaultValue = "PT0.2S")
    Duration maxLead;
    @Inject
    @ConfigProperty(name = "tavari.calls.no-reply-timeout", defaultValue = "PT5S")
    Duration noReplyTimeout;
    @Inject
    @ConfigProperty(name = "tavari.calls.wrap-up-before", defaultValue = "PT30S")
    Duration wrapUpBefore;
    @Inject
    @ConfigProperty(name = "tavari.calls.heartbeat", defaultValue = "PT10S")
    Duration heartbeat;
    @Inject
    @ConfigProperty(name = "tavari.calls.silent-after", defaultValue = "PT60S")
    Duration silentAfter;
    @Inject
    @ConfigProperty(name = "tavari.calls.currency", defaultValue = "USD")
    String currency;
    @Inject
    @ConfigProperty(name = "tavari.calls.price.audio-input-per-million", defaultValue = "32.00")
    BigDecimal audioInput;
    @Inject
    @ConfigProperty(name = "tavari.calls.price.cached-input-per-million", defaultValue = "0.40")
    BigDecimal cachedInput;
    @Inject
    @ConfigProperty(name = "tavari.calls.price.text-input-per-million", defaultValue = "4.00")
    BigDecimal textInput;
    @Inject
    @ConfigProperty(name = "tavari.calls.price.audio-output-per-million", defaultValue = "64.00")
    BigDecimal audioOutput;
    @Inject
    @ConfigProperty(name = "tavari.calls.price.text-output-per-million", defaultValue = "16.00")
    BigDecimal textOutput;
    @Inject
    @ConfigProperty(name = "tavari.calls.price.telephony-per-minute", defaultValue = "0.015")
    BigDecimal telephonyPerMinute;

    /** Dependent (records cannot be proxied); the values are read once per injection point. */
    @Produces
    LiveCallSettings liveCallSettings() {
        LiveCallSettings defaults = LiveCallSettings.defaults();
        return new LiveCallSettings(maxLead, noReplyTimeout, wrapUpBefore, defaults.mediaConnectTimeout(),
                defaults.goodbyeTimeout(), defaults.mediaTokenLifetime(), heartbeat, silentAfter,
                defaults.maxVoicemail(), defaults.apology(),
                new CallPrices(currency, audioInput, cachedInput, textInput, audioOutput, textOutput,
                        telephonyPerMinute));
    }
}
