package ai.tavari.bootstrap.launcher;

import ai.tavari.adapters.telephony.management.DeployReport;
import ai.tavari.adapters.telephony.management.ScenarioDeployment;
import ai.tavari.adapters.telephony.management.VoxEngineScenario;
import ai.tavari.adapters.telephony.management.VoximplantApiException;
import ai.tavari.adapters.telephony.management.VoximplantManagementClient;
import ai.tavari.adapters.telephony.management.VoximplantSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code voximplant-deploy}: creates or updates, in the Voximplant account of the configured
 * service account, the application, the scenario (this jar's copy of {@code tavari.js}), the rule
 * that runs it for every number, and the secrets the scenario reads ({@code TAVARI_SERVER_URL} from
 * {@code tavari.public.url}, {@code TAVARI_WEBHOOK_SECRET} from {@code voximplant.webhook.secret}).
 * Prints one line per change and each step left to do by hand. Needs no database and no running server.
 */
final class VoximplantDeployCommand implements Command {
    static final String NAME = "voximplant-deploy";

    private final Function<String, Optional<String>> config;
    private final Consumer<String> out;

    VoximplantDeployCommand() {
        this(ApplicationConfig.current(), Console::info);
    }

    VoximplantDeployCommand(Function<String, Optional<String>> config, Consumer<String> out) {
        this.config = config;
        this.out = out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "create or update the Voximplant application, scenario, rule and secrets, then exit";
    }

    @Override
    public int execute(Settings settings, List<String> arguments) {
        VoximplantSettings voximplant = settings().orElseThrow(() -> new LauncherException(NAME
                + " needs a Voximplant service account: VOXIMPLANT_CREDENTIALS_FILE (its key file), or"
                + " VOXIMPLANT_ACCOUNT_ID, VOXIMPLANT_KEY_ID and VOXIMPLANT_PRIVATE_KEY"));
        out.accept("deploying the scenario to the Voximplant application " + voximplant.applicationName() + " at "
                + voximplant.apiUrl());
        Map<String, Optional<String>> secrets = new LinkedHashMap<>();
        secrets.put(ScenarioDeployment.SERVER_URL_SECRET, config.apply("tavari.public.url"));
        secrets.put(ScenarioDeployment.WEBHOOK_SECRET, config.apply("voximplant.webhook.secret"));
        DeployReport report;
        try {
            report = new ScenarioDeployment(new VoximplantManagementClient(voximplant), voximplant)
                    .deploy(VoxEngineScenario.script(), secrets);
        } catch (VoximplantApiException e) {
            throw new LauncherException(NAME + " stopped: Voximplant " + e.getMessage(), e);
        }
        report.changes().forEach(out);
        report.manualSteps().forEach(step -> out.accept("to do by hand: " + step));
        out.accept(report.changes().size() + (report.changes().size() == 1 ? " change" : " changes") + " made"
                + (report.manualSteps().isEmpty() ? "; Voximplant is ready for Tavari's numbers"
                : "; " + report.manualSteps().size() + " left to do by hand"));
        return 0;
    }

    private Optional<VoximplantSettings> settings() {
        try {
            return VoximplantSettings.read(config);
        } catch (IllegalArgumentException e) {
            throw new LauncherException("the Voximplant settings are not valid: " + e.getMessage(), e);
        }
    }
}
