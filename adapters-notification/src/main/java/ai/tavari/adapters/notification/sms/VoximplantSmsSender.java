package ai.tavari.adapters.notification.sms;

import ai.tavari.application.port.out.notification.DeliveryException;
import ai.tavari.application.port.out.notification.SmsSender;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.PhoneNumber;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Text messages through Voximplant's Management API ({@code SendSmsMessage}), authenticated with a
 * service account's JWT (the account configured for number provisioning: {@code voximplant.credentials.file},
 * or {@code voximplant.account.id}, {@code voximplant.key.id} and {@code voximplant.private.key}). The sender is a number bought from Voximplant with SMS enabled. Without
 * the service account or the sender number it is not configured. The answer's {@code error}
 * object, not the HTTP status, tells a refusal; every failure may be temporary (an account
 * without SMS rights or credit can be fixed), so it is retried.
 */
@ApplicationScoped
public class VoximplantSmsSender implements SmsSender {
    private static final Logger LOG = Logger.getLogger(VoximplantSmsSender.class.getName());
    static final String DEFAULT_API_URL = "https://api.voximplant.com/platform_api";
    /** The method's limit on {@code sms_body}. */
    static final int MAX_BODY = 765;

    @Inject
    @ConfigProperty(name = "voximplant.api.url", defaultValue = DEFAULT_API_URL)
    String apiUrl;
    @Inject
    @ConfigProperty(name = "voximplant.credentials.file")
    Optional<String> credentialsFile;
    @Inject
    @ConfigProperty(name = "voximplant.account.id")
    Optional<String> accountId;
    @Inject
    @ConfigProperty(name = "voximplant.key.id")
    Optional<String> keyId;
    @Inject
    @ConfigProperty(name = "voximplant.private.key")
    Optional<String> privateKey;
    @Inject
    @ConfigProperty(name = "voximplant.sms.from")
    Optional<String> smsFrom;

    private Optional<Account> account = Optional.empty();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Everything a configured sender needs. */
    private record Account(URI api, ServiceAccount serviceAccount, PhoneNumber source, ManagementApiTokens tokens) {
    }

    protected VoximplantSmsSender() {
    }

    public VoximplantSmsSender(URI apiUrl, ServiceAccount serviceAccount, PhoneNumber source, Clock clock) {
        this.account = Optional.of(new Account(apiUrl, serviceAccount, source,
                new ManagementApiTokens(serviceAccount, clock)));
    }

    @PostConstruct
    void configure() {
        Optional<ServiceAccount> serviceAccount = serviceAccount();
        Optional<String> from = smsFrom.filter(value -> !value.isBlank());
        if (serviceAccount.isEmpty() || from.isEmpty()) {
            LOG.info("SMS is not configured (Voximplant service account, voximplant.sms.from): texts wait in the outbox");
            return;
        }
        PhoneNumber source;
        try {
            source = PhoneNumber.of(from.get().strip());
        } catch (DomainValidationException e) {
            throw new IllegalArgumentException("voximplant.sms.from must be an E.164 number, not " + from.get(), e);
        }
        account = Optional.of(new Account(URI.create(apiUrl.strip()), serviceAccount.get(), source,
                new ManagementApiTokens(serviceAccount.get(), Clock.systemUTC())));
        LOG.info(() -> "SMS goes through Voximplant from " + source.e164());
    }

    /** The key file, else its three parts (the same settings as number provisioning uses). */
    private Optional<ServiceAccount> serviceAccount() {
        Optional<String> file = credentialsFile.filter(value -> !value.isBlank());
        if (file.isPresent()) {
            return Optional.of(ServiceAccount.fromFile(Path.of(file.get().strip())));
        }
        if (accountId.isPresent() && keyId.isPresent() && privateKey.isPresent()) {
            return Optional.of(ServiceAccount.of(accountId.get(), keyId.get(), privateKey.get()));
        }
        return Optional.empty();
    }

    @Override
    public boolean isConfigured() {
        return account.isPresent();
    }

    @Override
    public void send(PhoneNumber to, String text) {
        Account vox = account.orElseThrow(() -> new DeliveryException("SMS is not configured", false));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("account_id", vox.serviceAccount().accountId());
        form.put("source", digits(vox.source()));
        form.put("destination", digits(to));
        form.put("sms_body", text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY));
        HttpRequest request = HttpRequest.newBuilder(endpoint(vox.api(), "SendSmsMessage"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + vox.tokens().current())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryException("Voximplant could not be reached: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while sending an SMS", false, e);
        }
        checkAnswer(response);
    }

    private static void checkAnswer(HttpResponse<String> response) {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new DeliveryException("Voximplant answered HTTP " + response.statusCode() + " without JSON", false, e);
        }
        if (json.get("error") instanceof Map<?, ?> error) {
            throw new DeliveryException("Voximplant refused the SMS: error " + error.get("code") + " "
                    + error.get("msg"), false);
        }
        if (response.statusCode() / 100 != 2 || json.get("result") == null) {
            throw new DeliveryException("Voximplant answered HTTP " + response.statusCode() + ": " + response.body(),
                    false);
        }
    }

    /** The API takes numbers as digits without the '+'. */
    private static String digits(PhoneNumber number) {
        return number.e164().substring(1);
    }

    private static URI endpoint(URI api, String method) {
        String base = api.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + method);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
