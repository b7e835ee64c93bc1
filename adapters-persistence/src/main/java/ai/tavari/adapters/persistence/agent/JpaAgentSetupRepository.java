package ai.tavari.adapters.persistence.agent;

import ai.tavari.adapters.persistence.business.BusinessEntity;
import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.AgentSetup;
import ai.tavari.application.port.out.AgentSetupRepository;
import ai.tavari.application.port.out.StaleDataException;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.business.BusinessId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agent profile and the wizard's progress in one {@code ai_agents} row: {@code saved_steps}
 * holds the saved steps' names, comma-separated in wizard order; {@code finalized_at} when the
 * agent went live. Optimistic locking on the row's {@code version}: a save checks the version it
 * was read at, and the UPDATE ... WHERE version = ? fails if another transaction committed since.
 */
@ApplicationScoped
public class JpaAgentSetupRepository implements AgentSetupRepository {
    @PersistenceContext(unitName = "tavari")
    EntityManager em;
    @Inject
    Clock clock;

    protected JpaAgentSetupRepository() {
    }

    public JpaAgentSetupRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<AgentSetup> findByBusiness(BusinessId businessId) {
        AgentEntity row = em.find(AgentEntity.class, businessId.value());
        if (row == null) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(em.find(BusinessEntity.class, businessId.value()).timeZone());
        return Optional.of(new AgentSetup(AgentMapper.toDomain(row, zone), savedSteps(row.savedSteps),
                Optional.ofNullable(Timestamps.fromColumn(row.finalizedAt)), row.version));
    }

    @Override
    public AgentSetup save(AgentSetup setup) {
        BusinessId businessId = setup.profile().businessId();
        AgentEntity row = em.find(AgentEntity.class, businessId.value());
        if (row == null) {
            throw new IllegalStateException("no agent for business " + businessId);
        }
        if (row.version != setup.version()) {
            throw stale(businessId, null);
        }
        AgentMapper.copyInto(setup.profile(), row, clock.instant());
        row.savedSteps = savedStepsColumn(setup.savedSteps());
        row.finalizedAt = setup.finalizedAt().map(Timestamps::toColumnMicros).orElse(null);
        try {
            // Write now: the version check happens here, where it can become a StaleDataException.
            em.flush();
        } catch (PersistenceException e) {
            if (isOptimisticLockFailure(e)) {
                throw stale(businessId, e);
            }
            throw e;
        }
        return new AgentSetup(setup.profile(), setup.savedSteps(), setup.finalizedAt(), row.version);
    }

    static Set<SetupStep> savedSteps(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        Set<SetupStep> steps = EnumSet.noneOf(SetupStep.class);
        Arrays.stream(column.split(",")).map(String::strip).map(SetupStep::valueOf).forEach(steps::add);
        return steps;
    }

    static String savedStepsColumn(Set<SetupStep> steps) {
        return steps.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static StaleDataException stale(BusinessId businessId, Throwable cause) {
        return new StaleDataException(
                "the agent of business " + businessId + " was changed by someone else since it was read", cause);
    }
}
