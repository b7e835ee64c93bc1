package ai.tavari.adapters.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.domain.shared.CallId;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handshake decision; that the container really runs it before its upgrade was checked on Payara Micro. */
class MediaHandshakeFilterTest {
    private final FakeConnectCallMedia calls = new FakeConnectCallMedia();
    private final MediaHandshakeFilter filter = new MediaHandshakeFilter();
    private final List<ServletRequest> passedOn = new ArrayList<>();
    private final Map<String, Object> response = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private final CallId call = CallId.newId();

    MediaHandshakeFilterTest() {
        filter.connectCallMedia = calls;
        calls.tokens.put("mt1.good", call);
    }

    private void handshake(String method, String upgrade, String header, String parameter) throws Exception {
        Map<String, String> headers = new HashMap<>();
        headers.put("upgrade", upgrade);
        headers.put("x-tavari-token", header);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                    case "getParameter" -> "token".equals(args[0]) ? parameter : null;
                    case "getRemoteAddr" -> "192.0.2.1";
                    case "getUserPrincipal" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        HttpServletResponse answer = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> response.put("status", args[0]);
                    case "setContentType" -> response.put("type", args[0]);
                    case "setCharacterEncoding" -> response.put("charset", args[0]);
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        filter.doFilter(request, answer, (req, res) -> passedOn.add(req));
    }

    @Test
    void aValidTokenInTheHeaderIsClaimedAndTheCallGoesOnAsThePrincipal() throws Exception {
        handshake("GET", "websocket", "mt1.good", null);

        assertThat(passedOn).singleElement()
                .satisfies(req -> assertThat(ClaimedCall.of(((HttpServletRequest) req).getUserPrincipal())).contains(call));
        assertThat(calls.tokens).as("used up").isEmpty();
        assertThat(response).isEmpty();
    }

    @Test
    void theQueryParameterServesWhenThereIsNoHeader() throws Exception {
        handshake("GET", "WebSocket", null, "mt1.good");

        assertThat(passedOn).hasSize(1);
    }

    @Test
    void aMissingUnknownOrReusedTokenIsForbiddenWithoutAnUpgrade() throws Exception {
        handshake("GET", "websocket", "mt1.good", null);
        passedOn.clear();

        handshake("GET", "websocket", null, null);
        assertThat(response.get("status")).isEqualTo(403);
        response.clear();
        handshake("GET", "websocket", "mt1.forged", "mt1.forged");
        assertThat(response.get("status")).isEqualTo(403);
        response.clear();
        handshake("GET", "websocket", "mt1.good", "mt1.good");
        assertThat(response.get("status")).isEqualTo(403);

        assertThat(passedOn).isEmpty();
        assertThat(response.get("type")).isEqualTo("application/problem+json");
        assertThat(body.toString()).contains("\"status\":403");
    }

    @Test
    void aRequestThatIsNoUpgradeDoesNotUseTheToken() throws Exception {
        handshake("GET", null, "mt1.good", "mt1.good");

        assertThat(passedOn).hasSize(1);
        assertThat(calls.tokens).containsKey("mt1.good");
    }

    @Test
    void aTokenCheckThatFailsIsAServiceProblemNotAnUpgrade() throws Exception {
        filter.connectCallMedia = new ai.tavari.application.port.in.call.ConnectCallMedia() {
            @Override
            public java.util.Optional<CallId> claim(String mediaToken) {
                throw new IllegalStateException("database down");
            }

            @Override
            public ai.tavari.application.port.in.call.CallMediaSink attach(CallId callId,
                    ai.tavari.application.port.out.telephony.TelephonyCallControl control) {
                throw new AssertionError();
            }
        };

        handshake("GET", "websocket", "mt1.good", null);

        assertThat(response.get("status")).isEqualTo(503);
        assertThat(passedOn).isEmpty();
    }

    @Test
    void tokensAreTrimmedAndAbsurdLengthsIgnored() {
        assertThat(MediaTokens.from("  mt1.a ", "mt1.b")).contains("mt1.a");
        assertThat(MediaTokens.from(" ", "mt1.b")).contains("mt1.b");
        assertThat(MediaTokens.from("x".repeat(MediaTokens.MAX_LENGTH + 1), null)).isEmpty();
    }
}
