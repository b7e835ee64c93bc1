package ai.tavari.adapters.telephony.management;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Voximplant application as {@code GetApplications} lists it with its rules and scenarios
 * ({@code with_rules}, {@code with_scenarios}). The names of those lists and of their fields are
 * not in the reference we follow (UNVERIFIED): read as {@code rules[]: {rule_id, rule_name,
 * rule_pattern, scenarios[]}} and {@code scenarios[]: {scenario_id, scenario_name}}; what is
 * missing reads as unknown.
 */
record VoximplantApplication(String id, String name, Optional<Map<String, Rule>> rules,
                             Optional<Map<String, String>> scenarioIds) {

    record Rule(String id, String name, Optional<String> pattern, Optional<List<String>> scenarioNames) {
    }

    /** The application called {@code name} (Voximplant answers its full name, {@code name.account.n1.voximplant.com}). */
    static Optional<VoximplantApplication> find(VoximplantManagementClient client, String name) {
        JsonObject answer = client.call("GetApplications", Map.of("application_name", name, "with_rules", "true",
                "with_scenarios", "true"));
        return ApiAnswers.objects(answer, "result").stream()
                .filter(app -> ApiAnswers.text(app, "application_name")
                        .filter(full -> full.equals(name) || full.startsWith(name + ".")).isPresent())
                .findFirst()
                .map(VoximplantApplication::of);
    }

    private static VoximplantApplication of(JsonObject app) {
        Optional<Map<String, Rule>> rules = app.containsKey("rules")
                ? Optional.of(ApiAnswers.objects(app, "rules").stream().map(VoximplantApplication::rule)
                        .collect(Collectors.toMap(Rule::name, Function.identity(), (a, b) -> a)))
                : Optional.empty();
        Optional<Map<String, String>> scenarios = app.containsKey("scenarios")
                ? Optional.of(ApiAnswers.objects(app, "scenarios").stream()
                        .collect(Collectors.toMap(s -> ApiAnswers.required("GetApplications", s, "scenario_name"),
                                s -> ApiAnswers.required("GetApplications", s, "scenario_id"), (a, b) -> a)))
                : Optional.empty();
        return new VoximplantApplication(ApiAnswers.required("GetApplications", app, "application_id"),
                ApiAnswers.required("GetApplications", app, "application_name"), rules, scenarios);
    }

    private static Rule rule(JsonObject rule) {
        Optional<List<String>> scenarios = rule.containsKey("scenarios")
                ? Optional.of(ApiAnswers.objects(rule, "scenarios").stream()
                        .flatMap(s -> ApiAnswers.text(s, "scenario_name").stream()).toList())
                : Optional.empty();
        return new Rule(ApiAnswers.required("GetApplications", rule, "rule_id"),
                ApiAnswers.required("GetApplications", rule, "rule_name"), ApiAnswers.text(rule, "rule_pattern"),
                scenarios);
    }
}
