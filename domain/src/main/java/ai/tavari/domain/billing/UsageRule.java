package ai.tavari.domain.billing;

import java.util.Optional;

/** One condition an incoming call must meet; a violated rule says why and what to do instead. */
@FunctionalInterface
public interface UsageRule {
    Optional<UsageDecision.Deny> check(CallAuthorizationRequest request);
}
