package ai.tavari.adapters.telephony.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaSocketAddressTest {
    private static final URI REQUEST = URI.create("http://10.0.0.7:8080/");

    @Test
    void thePublicUrlWinsAndHttpsBecomesWss() {
        assertThat(MediaSocketAddress.of(Optional.of("https://tavari.example"), REQUEST).socketUrl())
                .isEqualTo("wss://tavari.example/media/voximplant");
        assertThat(MediaSocketAddress.of(Optional.of("https://tavari.example/"), REQUEST).socketUrl())
                .isEqualTo("wss://tavari.example/media/voximplant");
    }

    @Test
    void aPublicUrlKeepsItsPortAndPathPrefix() {
        assertThat(MediaSocketAddress.of(Optional.of("http://phone.example:8443/tavari/"), REQUEST).socketUrl())
                .isEqualTo("ws://phone.example:8443/tavari/media/voximplant");
        assertThat(MediaSocketAddress.of(Optional.of("wss://phone.example"), REQUEST).socketUrl())
                .isEqualTo("wss://phone.example/media/voximplant");
    }

    @Test
    void withoutAPublicUrlTheRequestAddressIsUsed() {
        assertThat(MediaSocketAddress.of(Optional.empty(), REQUEST).socketUrl())
                .isEqualTo("ws://10.0.0.7:8080/media/voximplant");
        assertThat(MediaSocketAddress.of(Optional.of("  "), URI.create("https://h.example/ctx/")).socketUrl())
                .isEqualTo("wss://h.example/ctx/media/voximplant");
    }

    @Test
    void theTokenIsUrlEncoded() {
        assertThat(new MediaSocketAddress("ws://h/media/voximplant").withToken("mt1.a+b/c= d"))
                .isEqualTo("ws://h/media/voximplant?token=mt1.a%2Bb%2Fc%3D+d");
    }

    @Test
    void aPublicUrlThatIsNoWebAddressIsRefused() {
        assertThatThrownBy(() -> MediaSocketAddress.of(Optional.of("tavari.example"), REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaSocketAddress.of(Optional.of("ftp://tavari.example"), REQUEST))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
