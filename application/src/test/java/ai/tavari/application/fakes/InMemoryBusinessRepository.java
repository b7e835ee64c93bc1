package ai.tavari.application.fakes;

import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryBusinessRepository implements BusinessRepository {
    private final Map<BusinessId, Business> rows = new ConcurrentHashMap<>();

    @Override
    public void add(Business business) {
        if (rows.putIfAbsent(business.id(), business) != null) {
            throw new IllegalStateException("duplicate business " + business.id());
        }
    }

    @Override
    public void update(Business business) {
        if (rows.replace(business.id(), business) == null) {
            throw new IllegalStateException("no business " + business.id());
        }
    }

    @Override
    public Optional<Business> findById(BusinessId id) {
        return Optional.ofNullable(rows.get(id));
    }

    public java.util.Collection<Business> all() {
        return java.util.List.copyOf(rows.values());
    }

    public int size() {
        return rows.size();
    }
}
