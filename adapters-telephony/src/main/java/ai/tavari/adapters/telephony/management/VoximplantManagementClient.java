package ai.tavari.adapters.telephony.management;

import ai.tavari.adapters.telephony.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A thin client of Voximplant's Management API over the JDK's HTTP client: {@code POST
 * <api url>/<MethodName>} with form parameters (snake_case, as Voximplant names them) and the
 * service account's bearer JWT, answering the JSON object Voximplant returned. The account id also
 * goes as a form parameter, as Voximplant's own Java client sends it.
 */
public final class VoximplantManagementClient {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI apiUrl;
    private final ServiceAccount account;
    private final ServiceAccountToken token;
    private final HttpClient http;

    public VoximplantManagementClient(VoximplantSettings settings) {
        this(settings.apiUrl(), settings.account(), Clock.systemUTC());
    }

    VoximplantManagementClient(URI apiUrl, ServiceAccount account, Clock clock) {
        this.apiUrl = apiUrl;
        this.account = account;
        this.token = new ServiceAccountToken(account, clock);
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * Calls {@code method}.
     *
     * @return Voximplant's answer
     * @throws VoximplantApiException when it did not succeed
     */
    public JsonObject call(String method, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.putIfAbsent("account_id", account.accountId());
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/" + method))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.current())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VoximplantApiException(method, "no answer from " + apiUrl + " (" + e + ")", 0, OptionalInt.empty(),
                    true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoximplantApiException(method, "interrupted", 0, OptionalInt.empty(), true, e);
        }
        return answer(method, response.statusCode(), response.body());
    }

    private static JsonObject answer(String method, int status, String body) {
        boolean temporary = status >= 500 || status == 429;
        JsonObject json;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new VoximplantApiException(method, "HTTP " + status + " without a JSON object", status,
                    OptionalInt.empty(), temporary, e);
        }
        JsonValue error = json.get("error");
        if (error instanceof JsonObject details) {
            OptionalInt code = details.get("code") instanceof jakarta.json.JsonNumber number
                    ? OptionalInt.of(number.intValue()) : OptionalInt.empty();
            String message = details.getString("msg", "no message");
            throw new VoximplantApiException(method, message + code.stream().mapToObj(c -> " (code " + c + ")")
                    .findFirst().orElse(""), status, code, temporary, null);
        }
        if (status < 200 || status >= 300) {
            throw new VoximplantApiException(method, "HTTP " + status, status, OptionalInt.empty(), temporary, null);
        }
        return json;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
