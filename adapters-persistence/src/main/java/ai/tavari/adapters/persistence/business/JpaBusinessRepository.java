package ai.tavari.adapters.persistence.business;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

@ApplicationScoped
public class JpaBusinessRepository implements BusinessRepository {
    @PersistenceContext(unitName = "tavari")
    EntityManager em;
    @Inject
    Clock clock;

    protected JpaBusinessRepository() {
    }

    public JpaBusinessRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void add(Business business) {
        BusinessEntity row = new BusinessEntity();
        BusinessMapper.copyInto(business, row, clock.instant());
        em.persist(row);
    }

    @Override
    public void update(Business business) {
        BusinessEntity row = em.find(BusinessEntity.class, business.id().value());
        if (row == null) {
            throw new IllegalStateException("no business " + business.id());
        }
        BusinessMapper.copyInto(business, row, clock.instant());
        try {
            // Write now: a concurrent change shows here as a StaleDataException, not at commit.
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("business " + business.id() + " was changed by someone else since it was read", e);
        }
    }

    @Override
    public Optional<Business> findById(BusinessId id) {
        return Optional.ofNullable(em.find(BusinessEntity.class, id.value())).map(BusinessMapper::toDomain);
    }
}
