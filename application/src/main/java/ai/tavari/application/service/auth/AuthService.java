package ai.tavari.application.service.auth;

import ai.tavari.application.port.in.auth.Account;
import ai.tavari.application.port.in.auth.Authenticate;
import ai.tavari.application.port.in.auth.AuthenticatedSession;
import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.in.auth.GetAccount;
import ai.tavari.application.port.in.auth.InvalidCredentialsException;
import ai.tavari.application.port.in.auth.LogIn;
import ai.tavari.application.port.in.auth.LogInCommand;
import ai.tavari.application.port.in.auth.LogOut;
import ai.tavari.application.port.in.auth.Principal;
import ai.tavari.application.port.in.auth.SignUp;
import ai.tavari.application.port.in.auth.SignUpCommand;
import ai.tavari.application.port.out.AuthSession;
import ai.tavari.application.port.out.AuthSessionRepository;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.application.port.out.CommonPasswords;
import ai.tavari.application.port.out.PasswordHasher;
import ai.tavari.application.port.out.TokenClaims;
import ai.tavari.application.port.out.TokenService;
import ai.tavari.application.port.out.UserRepository;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.user.EmailAddress;
import ai.tavari.domain.user.User;
import ai.tavari.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Transactional
public class AuthService implements SignUp, LogIn, LogOut, Authenticate, GetAccount {
    private final BusinessRepository businesses;
    private final UserRepository users;
    private final AuthSessionRepository sessions;
    private final NewBusinessSetup newBusinessSetup;
    private final PasswordHasher passwordHasher;
    private final CommonPasswords commonPasswords;
    private final TokenService tokens;
    private final AuthSettings settings;
    private final Clock clock;

    @Inject
    public AuthService(BusinessRepository businesses, UserRepository users, AuthSessionRepository sessions,
                       NewBusinessSetup newBusinessSetup, PasswordHasher passwordHasher,
                       CommonPasswords commonPasswords, TokenService tokens, AuthSettings settings, Clock clock) {
        this.businesses = businesses;
        this.users = users;
        this.sessions = sessions;
        this.newBusinessSetup = newBusinessSetup;
        this.passwordHasher = passwordHasher;
        this.commonPasswords = commonPasswords;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AuthenticatedSession signUp(SignUpCommand command) {
        if (commonPasswords.isCommon(command.password())) {
            throw InvalidCommandException.of("password", "is too common; choose a password that is harder to guess");
        }
        if (users.findByEmail(command.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Instant now = clock.instant();
        Business business = Business.signedUp(BusinessId.newId(), command.businessName(), now);
        User owner = User.owner(UserId.newId(), business.id(), command.email(), passwordHasher.hash(command.password()), now);
        businesses.add(business);
        users.add(owner);
        newBusinessSetup.prepare(business, now);
        return openSession(owner, business, now);
    }

    @Override
    public AuthenticatedSession logIn(LogInCommand command) {
        Optional<User> user = parseEmail(command.email()).flatMap(users::findByEmail);
        if (user.isEmpty()) {
            passwordHasher.spendVerificationTime(command.password());
            throw new InvalidCredentialsException();
        }
        if (!passwordHasher.matches(command.password(), user.get().passwordHash())) {
            throw new InvalidCredentialsException();
        }
        Business business = businesses.findById(user.get().businessId()).orElseThrow(InvalidCredentialsException::new);
        return openSession(user.get(), business, clock.instant());
    }

    @Override
    public void logOut(Principal principal) {
        sessions.revoke(principal.sessionId(), clock.instant());
    }

    @Override
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.verify(token, now)
                .filter(claims -> sessions.findById(claims.sessionId())
                        .filter(session -> session.isActiveAt(now))
                        .filter(session -> session.userId().equals(claims.userId())
                                && session.businessId().equals(claims.businessId()))
                        .isPresent())
                .map(claims -> new Principal(claims.sessionId(), claims.userId(), claims.businessId()));
    }

    @Override
    public Account account(Principal principal) {
        User user = users.findById(principal.businessId(), principal.userId())
                .orElseThrow(() -> new IllegalStateException("authenticated user no longer exists"));
        Business business = businesses.findById(principal.businessId())
                .orElseThrow(() -> new IllegalStateException("authenticated business no longer exists"));
        return new Account(user, business);
    }

    private AuthenticatedSession openSession(User user, Business business, Instant now) {
        Instant expiresAt = now.plus(settings.sessionLifetime());
        AuthSession session = new AuthSession(UUID.randomUUID(), user.id(), business.id(), now, expiresAt, Optional.empty());
        sessions.add(session);
        String token = tokens.issue(new TokenClaims(session.id(), user.id(), business.id(), now, expiresAt));
        return new AuthenticatedSession(token, expiresAt, user, business);
    }

    private static Optional<EmailAddress> parseEmail(String email) {
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (DomainValidationException e) {
            return Optional.empty();
        }
    }
}
