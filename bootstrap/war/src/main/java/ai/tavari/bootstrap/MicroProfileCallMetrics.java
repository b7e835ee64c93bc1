package ai.tavari.bootstrap;

import ai.tavari.application.port.out.CallMetrics;
import ai.tavari.application.service.call.live.LiveCalls;
import ai.tavari.domain.call.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** The call pipeline's figures on {@code /metrics} (application scope, names prefixed {@code tavari_}). */
@ApplicationScoped
public class MicroProfileCallMetrics implements CallMetrics {
    @Inject
    MetricRegistry registry;
    @Inject
    LiveCalls liveCalls;

    @PostConstruct
    void registerGauges() {
        registry.gauge(Metadata.builder().withName("tavari_calls_active")
                .withDescription("Calls with a live conversation on this server").build(), liveCalls, LiveCalls::count);
    }

    @Override
    public void callAdmitted(Duration setupTime) {
        registry.timer(Metadata.builder().withName("tavari_call_setup")
                .withDescription("Time to decide an incoming call (webhook to decision)")
                .withUnit(MetricUnits.NANOSECONDS).build()).update(setupTime);
    }

    @Override
    public void callStarted() {
        registry.counter("tavari_calls_started").inc();
    }

    @Override
    public void callEnded(Outcome outcome) {
        registry.counter("tavari_calls_ended", new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT))).inc();
    }

    @Override
    public void firstAgentAudio(Duration sinceMediaConnected) {
        registry.timer(Metadata.builder().withName("tavari_time_to_first_agent_audio")
                .withDescription("From the caller's media connecting to the first agent audio sent")
                .withUnit(MetricUnits.NANOSECONDS).build()).update(sinceMediaConnected);
    }

    @Override
    public void bargeIn() {
        registry.counter("tavari_barge_ins").inc();
    }

    @Override
    public void aiFailure(String cause) {
        registry.counter("tavari_ai_failures").inc();
    }
}
