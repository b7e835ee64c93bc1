package ai.tavari.adapters.telephony.management;

import ai.tavari.adapters.telephony.fixtures.FakeVoximplantApi;
import java.util.Map;
import java.util.Optional;

/** The stub's service account and the settings that point at it. */
final class StubAccount {
    private StubAccount() {
    }

    static VoximplantSettings settings(FakeVoximplantApi api) {
        return VoximplantSettings.read(key -> Optional.ofNullable(Map.of(
                VoximplantSettings.API_URL, api.url().toString(),
                VoximplantSettings.ACCOUNT_ID, FakeVoximplantApi.ACCOUNT_ID,
                VoximplantSettings.KEY_ID, api.keyId(),
                VoximplantSettings.PRIVATE_KEY, api.privateKeyPem()).get(key))).orElseThrow();
    }

    /** The account with Tavari's application and rule deployed, and numbers for sale in two US regions. */
    static VoximplantManagementClient deployed(FakeVoximplantApi api) {
        VoximplantManagementClient client = new VoximplantManagementClient(settings(api));
        new ScenarioDeployment(client, settings(api)).deploy("VoxEngine.addEventListener(AppEvents.CallAlerting, e => {});",
                Map.of());
        api.offer("US", "GEOGRAPHIC", "7", "212", "New York", "12125550170", "12125550171")
                .offer("US", "GEOGRAPHIC", "9", "415", "San Francisco", "14155550190", "14155550191");
        return client;
    }
}
