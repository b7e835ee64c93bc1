package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CallSessionRepository;
import ai.tavari.domain.agent.AgentInstructions;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.CallState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Loads what a conversation needs for a call whose media arrived at a server that did not decide it. */
@Singleton
@Transactional
public class LateCallStarts {
    private final CallSessionRepository calls;
    private final BusinessRepository businesses;
    private final AgentSetupRepository setups;
    private final Clock clock;

    @Inject
    public LateCallStarts(CallSessionRepository calls, BusinessRepository businesses, AgentSetupRepository setups,
                          Clock clock) {
        this.calls = calls;
        this.businesses = businesses;
        this.setups = setups;
        this.clock = clock;
    }

    public Optional<CallAdmissions.LiveStart> load(MediaTokens.ClaimedCall claimed) {
        Optional<CallSession> call = calls.findById(claimed.businessId(), claimed.callId())
                .filter(found -> found.state() == CallState.AUTHORIZED);
        Optional<Business> business = businesses.findById(claimed.businessId());
        Optional<AgentSetup> setup = setups.findByBusiness(claimed.businessId());
        if (call.isEmpty() || business.isEmpty() || setup.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallAdmissions.LiveStart(call.get(), business.get(), setup.get().profile(),
                AgentInstructions.build(business.get(), setup.get().profile(), clock.instant())));
    }
}
