package ai.tavari.adapters.telephony.management;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the Voximplant account answer Tavari's numbers: the application, the scenario with the
 * current script, a rule ({@code .*}) that runs it, and the secrets the scenario reads. Existing
 * ones are found by name and updated, so running it again creates nothing new. The scenario's
 * script is uploaded every time: no method in the reference we follow reads it back to compare.
 * Secrets can only be added ({@code AddSecret}): a refusal (for instance because the secret exists
 * already) becomes a manual step.
 */
public final class ScenarioDeployment {
    public static final String SERVER_URL_SECRET = "TAVARI_SERVER_URL";
    public static final String WEBHOOK_SECRET = "TAVARI_WEBHOOK_SECRET";
    static final String RULE_PATTERN = ".*";

    private final VoximplantManagementClient client;
    private final VoximplantSettings settings;

    public ScenarioDeployment(VoximplantManagementClient client, VoximplantSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * @param secrets each secret the scenario reads and its value, empty when it is not configured
     * @throws VoximplantApiException when Voximplant refuses or cannot be reached
     */
    public DeployReport deploy(String script, Map<String, Optional<String>> secrets) {
        List<String> changes = new ArrayList<>();
        List<String> manual = new ArrayList<>();
        VoximplantApplication application = VoximplantApplication.find(client, settings.applicationName())
                .orElseGet(() -> createApplication(changes));
        String scenarioId = deployScenario(application, script, changes);
        deployRule(application, scenarioId, changes);
        secrets.forEach((name, value) -> addSecret(application, name, value, changes, manual));
        return new DeployReport(changes, manual);
    }

    private VoximplantApplication createApplication(List<String> changes) {
        JsonObject created = client.call("AddApplication", Map.of("application_name", settings.applicationName()));
        VoximplantApplication application = new VoximplantApplication(
                ApiAnswers.required("AddApplication", created, "application_id"),
                ApiAnswers.text(created, "application_name").orElse(settings.applicationName()),
                Optional.of(Map.of()), Optional.of(Map.of()));
        changes.add("created application " + application.name() + " (id " + application.id() + ")");
        return application;
    }

    private String deployScenario(VoximplantApplication application, String script, List<String> changes) {
        Optional<String> existing = application.scenarioIds().map(ids -> ids.get(settings.scenarioName()));
        if (existing.isPresent()) {
            client.call("SetScenarioInfo", Map.of("scenario_id", existing.get(), "scenario_script", script));
            changes.add("uploaded scenario " + settings.scenarioName() + " (" + script.length() + " characters)");
            return existing.get();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scenario_name", settings.scenarioName());
        parameters.put("scenario_script", script);
        parameters.put("application_id", application.id());
        // rewrite: a scenario the listing did not show is replaced, not duplicated
        parameters.put("rewrite", "true");
        String id = ApiAnswers.required("AddScenario", client.call("AddScenario", parameters), "scenario_id");
        changes.add("created scenario " + settings.scenarioName() + " (id " + id + ", " + script.length()
                + " characters)");
        return id;
    }

    private void deployRule(VoximplantApplication application, String scenarioId, List<String> changes) {
        Optional<VoximplantApplication.Rule> existing = application.rules().map(rules -> rules.get(settings.ruleName()));
        if (existing.isEmpty()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("application_id", application.id());
            parameters.put("rule_name", settings.ruleName());
            parameters.put("rule_pattern", RULE_PATTERN);
            parameters.put("scenario_id", scenarioId);
            String id = ApiAnswers.required("AddRule", client.call("AddRule", parameters), "rule_id");
            changes.add("created rule " + settings.ruleName() + " (id " + id + ", pattern " + RULE_PATTERN
                    + ") running scenario " + settings.scenarioName());
            return;
        }
        VoximplantApplication.Rule rule = existing.get();
        if (rule.pattern().filter(RULE_PATTERN::equals).isEmpty()) {
            client.call("SetRuleInfo", Map.of("rule_id", rule.id(), "rule_pattern", RULE_PATTERN));
            changes.add("set the pattern of rule " + rule.name() + " to " + RULE_PATTERN);
        }
        boolean knownBound = rule.scenarioNames().filter(names -> names.contains(settings.scenarioName())).isPresent();
        if (!knownBound) {
            // SetRuleInfo cannot change a rule's scenario; BindScenario can, and binding twice is harmless
            client.call("BindScenario", Map.of("scenario_id", scenarioId, "rule_id", rule.id(),
                    "application_id", application.id(), "bind", "true"));
            if (rule.scenarioNames().isPresent()) {
                changes.add("bound scenario " + settings.scenarioName() + " to rule " + rule.name());
            }
        }
    }

    private void addSecret(VoximplantApplication application, String name, Optional<String> value,
                           List<String> changes, List<String> manual) {
        if (value.isEmpty()) {
            manual.add("secret " + name + " not set: configure its value and run again, or add it to the application "
                    + application.name() + " in the Voximplant control panel");
            return;
        }
        try {
            client.call("AddSecret", Map.of("application_id", application.id(), "secret_name", name,
                    "secret_value", value.get()));
            changes.add("set secret " + name);
        } catch (VoximplantApiException e) {
            if (e.isTemporary()) {
                throw e;
            }
            manual.add("secret " + name + ": Voximplant refused AddSecret (" + e.getMessage() + "); if it exists"
                    + " already, check its value under the application's secrets in the control panel");
        }
    }
}
