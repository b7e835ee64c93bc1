package ai.tavari.application.port.out;

import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import java.util.Optional;

public interface UserRepository {
    /** @throws EmailAlreadyRegisteredException if another user has the address, in any letter case */
    void add(User user);

    Optional<User> findByEmail(EmailAddress email);

    Optional<User> findById(BusinessId businessId, UserId id);

    /** The business's owner: the first user it had. */
    Optional<User> findOwner(BusinessId businessId);
}
