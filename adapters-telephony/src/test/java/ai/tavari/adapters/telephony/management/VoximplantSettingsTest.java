package ai.tavari.adapters.telephony.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoximplantSettingsTest {
    /** Only its key file is used. */
    private static final FakeVoximplantApi API = FakeVoximplantApi.start();

    private final Map<String, String> config = new HashMap<>();

    @AfterAll
    static void stop() {
        API.close();
    }

    private Optional<VoximplantSettings> read() {
        return VoximplantSettings.read(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void withoutCredentialsNumbersAreNotConfigured() {
        config.put(VoximplantSettings.APPLICATION_NAME, "tavari");

        assertThat(read()).isEmpty();
    }

    @Test
    void readsTheServiceAccountFileAndDefaultsToVoximplantsOwnAddressAndTavarisNames(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, API.credentialsJson());
        config.put(VoximplantSettings.CREDENTIALS_FILE, file.toString());

        VoximplantSettings settings = read().orElseThrow();

        assertThat(settings.account().accountId()).isEqualTo(FakeVoximplantApi.ACCOUNT_ID);
        assertThat(settings.account().keyId()).isEqualTo(API.keyId());
        assertThat(settings.apiUrl()).hasToString("https://api.voximplant.com/platform_api");
        assertThat(settings.applicationName()).isEqualTo("tavari");
        assertThat(settings.ruleName()).isEqualTo("tavari-inbound");
        assertThat(settings.scenarioName()).isEqualTo("tavari");
        assertThat(settings.numberCategory()).isEqualTo("GEOGRAPHIC");
        assertThat(settings.toString()).doesNotContain("PRIVATE");
    }

    @Test
    void readsTheKeyFromSettingsWithLineBreaksWrittenAsBackslashN() {
        config.put(VoximplantSettings.ACCOUNT_ID, "4242");
        config.put(VoximplantSettings.KEY_ID, "key-1");
        config.put(VoximplantSettings.PRIVATE_KEY, API.privateKeyPem().replace("\n", "\\n"));
        config.put(VoximplantSettings.API_URL, "http://127.0.0.1:9/platform_api/");

        VoximplantSettings settings = read().orElseThrow();

        assertThat(settings.account().keyId()).isEqualTo("key-1");
        assertThat(settings.apiUrl()).hasToString("http://127.0.0.1:9/platform_api");
    }

    @Test
    void partOfTheCredentialsOrABadKeyIsAClearError() {
        config.put(VoximplantSettings.ACCOUNT_ID, "4242");
        assertThatThrownBy(this::read).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("voximplant.key.id").hasMessageContaining("voximplant.private.key");

        config.put(VoximplantSettings.KEY_ID, "key-1");
        config.put(VoximplantSettings.PRIVATE_KEY, "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----");
        assertThatThrownBy(this::read).hasMessageContaining("PKCS#8");

        config.put(VoximplantSettings.PRIVATE_KEY, API.privateKeyPem());
        config.put(VoximplantSettings.APPLICATION_NAME, "Tavari App");
        assertThatThrownBy(this::read).hasMessageContaining("voximplant.application.name");
    }
}
