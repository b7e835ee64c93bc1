package ai.tavari.application.fakes;

import ai.tavari.application.port.out.NumberProvisioning;
import ai.tavari.application.port.out.NumberProvisionings;
import ai.tavari.application.port.out.ProvisioningState;
import ai.tavari.domain.business.BusinessId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

public class InMemoryNumberProvisionings implements NumberProvisionings {
    private final Map<BusinessId, NumberProvisioning> byBusiness = new HashMap<>();

    @Override
    public synchronized Optional<NumberProvisioning> find(BusinessId businessId) {
        return Optional.ofNullable(byBusiness.get(businessId));
    }

    @Override
    public synchronized boolean add(NumberProvisioning provisioning) {
        return byBusiness.putIfAbsent(provisioning.businessId(), withVersion(provisioning, provisioning.releaseAfter(),
                0)) == null;
    }

    @Override
    public synchronized Optional<NumberProvisioning> update(NumberProvisioning provisioning) {
        NumberProvisioning stored = byBusiness.get(provisioning.businessId());
        if (stored == null || stored.version() != provisioning.version()) {
            return Optional.empty();
        }
        NumberProvisioning saved = withVersion(provisioning, stored.releaseAfter(), stored.version() + 1);
        byBusiness.put(saved.businessId(), saved);
        return Optional.of(saved);
    }

    @Override
    public synchronized void scheduleRelease(BusinessId businessId, Instant releaseAfter) {
        NumberProvisioning stored = byBusiness.get(businessId);
        if (stored != null && stored.state() != ProvisioningState.RELEASED && stored.releaseAfter().isEmpty()) {
            byBusiness.put(businessId, withVersion(stored, Optional.of(releaseAfter), stored.version()));
        }
    }

    @Override
    public synchronized void cancelRelease(BusinessId businessId) {
        NumberProvisioning stored = byBusiness.get(businessId);
        if (stored != null) {
            byBusiness.put(businessId, withVersion(stored, Optional.empty(), stored.version()));
        }
    }

    @Override
    public synchronized List<BusinessId> dueForWork(Instant now, int limit) {
        return select(p -> p.isDue(now) && p.releaseAfter().map(at -> at.isAfter(now)).orElse(true),
                Comparator.comparing(p -> p.nextAttemptAt().orElse(Instant.MIN)), limit);
    }

    @Override
    public synchronized List<BusinessId> dueForRelease(Instant now, int limit) {
        return select(p -> p.state() != ProvisioningState.RELEASED
                        && p.releaseAfter().map(at -> !at.isAfter(now)).orElse(false),
                Comparator.comparing(p -> p.releaseAfter().orElseThrow()), limit);
    }

    @Override
    public synchronized List<BusinessId> failed(int limit) {
        return select(p -> p.state() == ProvisioningState.FAILED, Comparator.comparing(NumberProvisioning::updatedAt),
                limit);
    }

    private List<BusinessId> select(Predicate<NumberProvisioning> filter, Comparator<NumberProvisioning> order,
                                    int limit) {
        return byBusiness.values().stream().filter(filter).sorted(order).limit(limit)
                .map(NumberProvisioning::businessId).toList();
    }

    private static NumberProvisioning withVersion(NumberProvisioning p, Optional<Instant> releaseAfter, long version) {
        return new NumberProvisioning(p.businessId(), p.state(), p.offer(), p.number(), p.attempts(), p.lastError(),
                p.nextAttemptAt(), releaseAfter, p.requestedAt(), p.updatedAt(), version);
    }
}
