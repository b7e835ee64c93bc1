package ai.tavari.application.port.out;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import java.util.Optional;

public interface BusinessRepository {
    void add(Business business);

    void update(Business business);

    Optional<Business> findById(BusinessId id);
}
