package ai.tavari.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressResolverTest {
    private final ClientAddressResolver resolver = new ClientAddressResolver(Optional.of("10.0.0.1, 10.0.0.2 "));

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        assertThat(resolver.resolve("203.0.113.9", "1.1.1.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void trustedProxyYieldsTheNearestUntrustedHop() {
        assertThat(resolver.resolve("10.0.0.1", "198.51.100.7, 203.0.113.5, 10.0.0.2")).isEqualTo("203.0.113.5");
    }

    @Test
    void trustedProxyWithoutHeaderIsTheClient() {
        assertThat(resolver.resolve("10.0.0.1", null)).isEqualTo("10.0.0.1");
    }
}
