package ai.tavari.adapters.persistence.agent;

import ai.tavari.adapters.persistence.business.BusinessEntity;
import ai.tavari.application.port.out.AgentProfileRepository;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

@ApplicationScoped
public class JpaAgentProfileRepository implements AgentProfileRepository {
    @PersistenceContext(unitName = "tavari")
    EntityManager em;
    @Inject
    Clock clock;

    protected JpaAgentProfileRepository() {
    }

    public JpaAgentProfileRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void save(AgentProfile profile) {
        AgentEntity row = em.find(AgentEntity.class, profile.businessId().value());
        boolean isNew = row == null;
        if (isNew) {
            row = new AgentEntity();
        }
        AgentMapper.copyInto(profile, row, clock.instant());
        if (isNew) {
            em.persist(row);
        }
        // Write now: child rows are replaced wholesale, and constraint errors belong to this call.
        em.flush();
    }

    @Override
    public Optional<AgentProfile> findByBusiness(BusinessId businessId) {
        AgentEntity row = em.find(AgentEntity.class, businessId.value());
        if (row == null) {
            return Optional.empty();
        }
        String zone = em.find(BusinessEntity.class, businessId.value()).timeZone();
        return Optional.of(AgentMapper.toDomain(row, ZoneId.of(zone)));
    }
}
