package ai.tavari.application.service.call.live;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MediaTokensTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
    private final HmacTestSigner secrets = new HmacTestSigner();
    private final MediaTokens tokens = new MediaTokens(secrets, new InMemoryProcessedEvents());
    private final MediaTokens.ClaimedCall call = new MediaTokens.ClaimedCall(CallId.newId(), BusinessId.newId());

    @Test
    void aTokenAdmitsItsCallOnce() {
        String token = tokens.issue(call, T0.plusSeconds(30));

        assertThat(tokens.claim(token, T0.plusSeconds(1))).contains(call);
        assertThat(tokens.claim(token, T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(call, T0.plusSeconds(30));

        assertThat(tokens.claim(token, T0.plusSeconds(31))).isEmpty();
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() {
        String token = tokens.issue(call, T0.plusSeconds(30));
        String otherCall = tokens.issue(new MediaTokens.ClaimedCall(CallId.newId(), call.businessId()), T0.plusSeconds(30));
        String forged = token.substring(0, token.lastIndexOf('.')) + otherCall.substring(otherCall.lastIndexOf('.'));
        String fromAnotherServerKey = new MediaTokens(new HmacTestSigner(), new InMemoryProcessedEvents())
                .issue(call, T0.plusSeconds(30));

        assertThat(tokens.claim(forged, T0)).isEmpty();
        assertThat(tokens.claim(fromAnotherServerKey, T0)).isEmpty();
        assertThat(tokens.claim("mt1.garbage", T0)).isEmpty();
        assertThat(tokens.claim("", T0)).isEmpty();
        assertThat(tokens.claim(null, T0)).isEmpty();
        assertThat(tokens.claim(token, T0)).contains(call);
    }

    @Test
    void everyServerSharingTheKeyAcceptsTheToken() {
        MediaTokens otherServer = new MediaTokens(secrets, new InMemoryProcessedEvents());

        assertThat(otherServer.claim(tokens.issue(call, T0.plusSeconds(30)), T0)).contains(call);
    }
}
