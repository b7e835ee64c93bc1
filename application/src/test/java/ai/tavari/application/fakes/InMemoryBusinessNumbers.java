package ai.tavari.application.fakes;

import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryBusinessNumbers implements BusinessNumbers {
    private final Map<PhoneNumber, BusinessId> businesses = new HashMap<>();
    private final Map<BusinessId, PhoneNumber> numbers = new HashMap<>();

    @Override
    public synchronized Optional<BusinessId> businessFor(PhoneNumber number) {
        return Optional.ofNullable(businesses.get(number));
    }

    @Override
    public synchronized Optional<PhoneNumber> numberOf(BusinessId businessId) {
        return Optional.ofNullable(numbers.get(businessId));
    }

    @Override
    public synchronized boolean assign(BusinessId businessId, PhoneNumber number, Instant at) {
        if (businesses.containsKey(number) || numbers.containsKey(businessId)) {
            return number.equals(numbers.get(businessId));
        }
        businesses.put(number, businessId);
        numbers.put(businessId, number);
        return true;
    }

    @Override
    public synchronized void unassign(BusinessId businessId, PhoneNumber number) {
        if (number.equals(numbers.get(businessId))) {
            numbers.remove(businessId);
            businesses.remove(number);
        }
    }
}
