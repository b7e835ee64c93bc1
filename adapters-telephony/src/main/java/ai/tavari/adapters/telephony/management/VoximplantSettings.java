package ai.tavari.adapters.telephony.management;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where the Management API is, the service account that signs in to it, and the names of the
 * application, rule and scenario that answer Tavari's numbers (all read from configuration, with
 * MicroProfile names; environment variables in the upper-case form, {@code VOXIMPLANT_ACCOUNT_ID}).
 */
public record VoximplantSettings(URI apiUrl, ServiceAccount account, String applicationName, String ruleName,
                                 String scenarioName, String numberCategory) {
    public static final String API_URL = "voximplant.api.url";
    public static final String ACCOUNT_ID = "voximplant.account.id";
    public static final String KEY_ID = "voximplant.key.id";
    public static final String PRIVATE_KEY = "voximplant.private.key";
    public static final String CREDENTIALS_FILE = "voximplant.credentials.file";
    public static final String APPLICATION_NAME = "voximplant.application.name";
    public static final String RULE_NAME = "voximplant.rule.name";
    public static final String SCENARIO_NAME = "voximplant.scenario.name";
    public static final String NUMBER_CATEGORY = "voximplant.numbers.category";

    public static final String DEFAULT_API_URL = "https://api.voximplant.com/platform_api";
    public static final String DEFAULT_APPLICATION_NAME = "tavari";
    public static final String DEFAULT_RULE_NAME = "tavari-inbound";
    public static final String DEFAULT_SCENARIO_NAME = "tavari";
    public static final String DEFAULT_NUMBER_CATEGORY = "GEOGRAPHIC";
    /** Voximplant's rule for application names. */
    private static final Pattern APPLICATION = Pattern.compile("[a-z][a-z0-9-]{1,64}");

    public VoximplantSettings {
        if (!APPLICATION.matcher(applicationName).matches()) {
            throw new IllegalArgumentException(APPLICATION_NAME + " must be lower-case letters, digits and '-',"
                    + " starting with a letter");
        }
        if (scenarioName.isBlank() || scenarioName.length() >= 30) {
            throw new IllegalArgumentException(SCENARIO_NAME + " must have 1 to 29 characters");
        }
        if (ruleName.isBlank() || ruleName.length() >= 100) {
            throw new IllegalArgumentException(RULE_NAME + " must have 1 to 99 characters");
        }
    }

    /**
     * The settings, or empty when no credentials are configured (numbers are then not provisioned).
     *
     * @throws IllegalArgumentException when credentials are configured only in part, or are invalid
     */
    public static Optional<VoximplantSettings> read(Function<String, Optional<String>> config) {
        Optional<ServiceAccount> account = account(config);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String url = config.apply(API_URL).orElse(DEFAULT_API_URL).replaceAll("/+$", "");
        return Optional.of(new VoximplantSettings(URI.create(url), account.get(),
                config.apply(APPLICATION_NAME).orElse(DEFAULT_APPLICATION_NAME),
                config.apply(RULE_NAME).orElse(DEFAULT_RULE_NAME),
                config.apply(SCENARIO_NAME).orElse(DEFAULT_SCENARIO_NAME),
                config.apply(NUMBER_CATEGORY).orElse(DEFAULT_NUMBER_CATEGORY)));
    }

    private static Optional<ServiceAccount> account(Function<String, Optional<String>> config) {
        Optional<String> file = config.apply(CREDENTIALS_FILE);
        if (file.isPresent()) {
            try {
                return Optional.of(ServiceAccount.fromJson(Files.readString(Path.of(file.get()), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalArgumentException(CREDENTIALS_FILE + " cannot be read: " + e.getMessage(), e);
            }
        }
        Optional<String> accountId = config.apply(ACCOUNT_ID);
        Optional<String> keyId = config.apply(KEY_ID);
        Optional<String> privateKey = config.apply(PRIVATE_KEY);
        if (accountId.isEmpty() && keyId.isEmpty() && privateKey.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (accountId.isEmpty()) {
            missing.add(ACCOUNT_ID);
        }
        if (keyId.isEmpty()) {
            missing.add(KEY_ID);
        }
        if (privateKey.isEmpty()) {
            missing.add(PRIVATE_KEY);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Voximplant credentials are incomplete: " + String.join(", ", missing)
                    + " missing (or set " + CREDENTIALS_FILE + " to the service account's key file)");
        }
        return Optional.of(ServiceAccount.of(accountId.get(), keyId.get(), privateKey.get()));
    }
}
