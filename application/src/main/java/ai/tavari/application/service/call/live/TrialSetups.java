package ai.tavari.application.service.call.live;

import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.domain.agent.AgentInstructions;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Reads what a trial chat needs: the business and its agent as the phone would use them now. */
@Singleton
@Transactional
public class TrialSetups {
    private final BusinessRepository businesses;
    private final AgentSetupRepository setups;
    private final Clock clock;

    @Inject
    public TrialSetups(BusinessRepository businesses, AgentSetupRepository setups, Clock clock) {
        this.businesses = businesses;
        this.setups = setups;
        this.clock = clock;
    }

    public TrialSetup load(BusinessId businessId) {
        Business business = businesses.findById(businessId).orElseThrow(() -> new NotFoundException("business"));
        AgentProfile profile = setups.findByBusiness(businessId).map(AgentSetup::profile)
                .orElseThrow(() -> new NotFoundException("agent"));
        return new TrialSetup(business, profile, AgentInstructions.build(business, profile, clock.instant()));
    }

    public record TrialSetup(Business business, AgentProfile profile, String instructions) {
    }
}
