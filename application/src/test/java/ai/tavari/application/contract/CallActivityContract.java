package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallActivity;
import ai.tavari.application.port.out.CallActivity.SilentCall;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.shared.CallId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CallActivity} store must do; run against the in-memory fake and the real adapter. */
public abstract class CallActivityContract {
    /** Far in the past, so calls of other tests in a shared database never count as silent here. */
    protected static final Instant T0 = Instant.parse("2001-03-04T15:00:00Z");

    protected abstract CallActivity activity();

    protected abstract CallSessionRepository calls();

    protected abstract BusinessRepository businesses();

    @Test
    void aLiveCallWithoutHeartbeatIsSilentSinceItStarted() {
        BusinessId business = business();
        CallSession call = live(business, T0);

        List<SilentCall> silent = activity().silentSince(T0.plusSeconds(60), 1000);

        assertThat(silent).contains(new SilentCall(business, call.id(), T0));
    }

    @Test
    void aHeartbeatKeepsALiveCallFromBeingSilent() {
        BusinessId business = business();
        CallSession call = live(business, T0);

        activity().touch(List.of(call.id()), T0.plusSeconds(50));

        assertThat(ids(activity().silentSince(T0.plusSeconds(40), 1000))).doesNotContain(call.id());
        assertThat(activity().silentSince(T0.plusSeconds(60), 1000))
                .contains(new SilentCall(business, call.id(), T0.plusSeconds(50)));
    }

    @Test
    void anOlderHeartbeatNeverMovesTheLastActivityBack() {
        BusinessId business = business();
        CallSession call = live(business, T0);

        activity().touch(List.of(call.id()), T0.plusSeconds(50));
        activity().touch(List.of(call.id()), T0.plusSeconds(20));

        assertThat(activity().silentSince(T0.plusSeconds(60), 1000))
                .contains(new SilentCall(business, call.id(), T0.plusSeconds(50)));
    }

    @Test
    void endedCallsAreNeverSilent() {
        BusinessId business = business();
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100",
                Optional.of("vox-" + UUID.randomUUID()), T0);
        call.end(Outcome.CALLER_HUNG_UP, T0.plusSeconds(3));
        calls().add(call);

        activity().touch(List.of(call.id()), T0.plusSeconds(4));

        assertThat(ids(activity().silentSince(T0.plusSeconds(3600), 1000))).doesNotContain(call.id());
    }

    private static List<CallId> ids(List<SilentCall> calls) {
        return calls.stream().map(SilentCall::callId).toList();
    }

    private CallSession live(BusinessId business, Instant at) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100",
                Optional.of("vox-" + UUID.randomUUID()), at);
        call.authorize(at, Duration.ofMinutes(10));
        call.startConversation(at);
        calls().add(call);
        return call;
    }

    private BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Busy Line", T0.minusSeconds(86_400));
        businesses().add(business);
        return business.id();
    }
}
