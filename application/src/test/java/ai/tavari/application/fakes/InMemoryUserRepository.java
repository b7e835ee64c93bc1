package ai.tavari.application.fakes;

import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.Role;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryUserRepository implements UserRepository {
    private final Map<EmailAddress, User> byEmail = new ConcurrentHashMap<>();

    @Override
    public void add(User user) {
        if (byEmail.putIfAbsent(user.email(), user) != null) {
            throw new EmailAlreadyRegisteredException();
        }
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return Optional.ofNullable(byEmail.get(email));
    }

    @Override
    public Optional<User> findById(BusinessId businessId, UserId id) {
        return byEmail.values().stream()
                .filter(u -> u.id().equals(id) && u.businessId().equals(businessId))
                .findFirst();
    }

    @Override
    public Optional<User> findOwner(BusinessId businessId) {
        return byEmail.values().stream()
                .filter(u -> u.businessId().equals(businessId) && u.role() == Role.OWNER)
                .min(Comparator.comparing(User::createdAt));
    }

    public int size() {
        return byEmail.size();
    }
}
