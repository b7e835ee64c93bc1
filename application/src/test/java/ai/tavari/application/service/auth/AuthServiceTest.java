package ai.tavari.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.InMemoryAuthSessionRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryUserRepository;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.ReversiblePasswordHasher;
import ai.tavari.application.fakes.SigningTokenService;
import ai.tavari.application.port.in.auth.AuthenticatedSession;
import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.in.auth.InvalidCredentialsException;
import ai.tavari.application.port.in.auth.LogInCommand;
import ai.tavari.application.port.in.auth.Principal;
import ai.tavari.application.port.in.auth.SignUpCommand;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.Business;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAuthSessionRepository sessions = new InMemoryAuthSessionRepository();
    private final ReversiblePasswordHasher hasher = new ReversiblePasswordHasher();
    private final List<Business> prepared = new ArrayList<>();
    private final AuthService auth = new AuthService(businesses, users, sessions, (business, now) -> prepared.add(business),
            hasher, password -> Set.of("password1234").contains(password), new SigningTokenService(),
            new AuthSettings(Duration.ofDays(14)), clock);

    @Test
    void signUpCreatesBusinessOwnerAndDefaultSetupAndLogsIn() {
        AuthenticatedSession session = auth.signUp(SignUpCommand.of("Ana@Salon.example", "correct horse battery", "  Ana's Salon "));

        assertThat(session.business().name()).isEqualTo("Ana's Salon");
        assertThat(session.user().email().value()).isEqualTo("ana@salon.example");
        assertThat(session.user().businessId()).isEqualTo(session.business().id());
        assertThat(session.user().passwordHash()).doesNotContain("correct horse battery");
        assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
        assertThat(prepared).containsExactly(session.business());
        assertThat(auth.authenticate(session.token())).map(Principal::userId).contains(session.user().id());
    }

    @Test
    void signUpWithTakenEmailInOtherCaseIsRefusedAndCreatesNothing() {
        auth.signUp(SignUpCommand.of("owner@example.com", "correct horse battery", "First"));

        assertThatThrownBy(() -> auth.signUp(SignUpCommand.of("OWNER@example.com", "another good secret", "Second")))
                .isInstanceOf(EmailAlreadyRegisteredException.class);
        assertThat(businesses.size()).isEqualTo(1);
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void commonPasswordIsAFieldError() {
        assertThatThrownBy(() -> auth.signUp(SignUpCommand.of("x@example.com", "password1234", "Shop")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("password"));
        assertThat(users.size()).isZero();
    }

    @Test
    void signUpCommandReportsEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> SignUpCommand.of("not-an-email", "short", " "))
                .isInstanceOfSatisfying(InvalidCommandException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactlyInAnyOrder("email", "password", "businessName"));
    }

    @Test
    void logInWithRightPasswordOpensANewSession() {
        AuthenticatedSession signedUp = auth.signUp(SignUpCommand.of("o@example.com", "correct horse battery", "Shop"));

        AuthenticatedSession loggedIn = auth.logIn(new LogInCommand("O@Example.com", "correct horse battery"));

        assertThat(loggedIn.user().id()).isEqualTo(signedUp.user().id());
        assertThat(loggedIn.token()).isNotEqualTo(signedUp.token());
        assertThat(auth.authenticate(loggedIn.token())).isPresent();
    }

    @Test
    void wrongPasswordAndUnknownEmailFailTheSameWayAndBothSpendVerificationTime() {
        auth.signUp(SignUpCommand.of("o@example.com", "correct horse battery", "Shop"));
        int before = hasher.verifications();

        Throwable wrongPassword = catchFailure(() -> auth.logIn(new LogInCommand("o@example.com", "wrong password!!")));
        Throwable unknownEmail = catchFailure(() -> auth.logIn(new LogInCommand("nobody@example.com", "wrong password!!")));
        Throwable malformedEmail = catchFailure(() -> auth.logIn(new LogInCommand("nobody", "wrong password!!")));

        assertThat(List.of(wrongPassword, unknownEmail, malformedEmail)).allSatisfy(failure -> {
            assertThat(failure).isInstanceOf(InvalidCredentialsException.class);
            assertThat(failure.getMessage()).isEqualTo(wrongPassword.getMessage());
        });
        assertThat(hasher.verifications() - before).isEqualTo(3);
    }

    @Test
    void logOutRevokesTheTokenAndOnlyThatTokenAndIsIdempotent() {
        AuthenticatedSession first = auth.signUp(SignUpCommand.of("o@example.com", "correct horse battery", "Shop"));
        AuthenticatedSession second = auth.logIn(new LogInCommand("o@example.com", "correct horse battery"));

        Principal firstPrincipal = auth.authenticate(first.token()).orElseThrow();
        auth.logOut(firstPrincipal);
        auth.logOut(firstPrincipal);

        assertThat(auth.authenticate(first.token())).isEmpty();
        assertThat(auth.authenticate(second.token())).isPresent();
    }

    @Test
    void expiredSessionIsRefused() {
        AuthenticatedSession session = auth.signUp(SignUpCommand.of("o@example.com", "correct horse battery", "Shop"));
        clock.advance(Duration.ofDays(14));

        assertThat(auth.authenticate(session.token())).isEmpty();
    }

    @Test
    void garbageOrBlankTokensAreRefused() {
        assertThat(auth.authenticate(null)).isEmpty();
        assertThat(auth.authenticate(" ")).isEmpty();
        assertThat(auth.authenticate("not-a-token")).isEmpty();
    }

    @Test
    void accountIsReadThroughThePrincipalsBusiness() {
        AuthenticatedSession session = auth.signUp(SignUpCommand.of("o@example.com", "correct horse battery", "Shop"));
        Principal principal = auth.authenticate(session.token()).orElseThrow();

        assertThat(auth.account(principal).business().id()).isEqualTo(session.business().id());
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
