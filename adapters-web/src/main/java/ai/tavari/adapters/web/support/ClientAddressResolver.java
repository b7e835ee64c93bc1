package ai.tavari.adapters.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the
 * direct peer is one of the configured trusted proxies, since anyone can send that header.
 */
@ApplicationScoped
public class ClientAddressResolver {
    private Set<String> trustedProxies;

    /** For the container's client proxy. */
    protected ClientAddressResolver() {
    }

    @Inject
    public ClientAddressResolver(
            @ConfigProperty(name = "tavari.http.trusted-proxies") Optional<String> trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public String resolve(String peerAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peerAddress)) {
            return peerAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peerAddress;
    }
}
