package ai.tavari.adapters.telephony.management;

import java.util.List;

/** What a deployment changed at Voximplant, one line each, and what is left to do by hand. */
public record DeployReport(List<String> changes, List<String> manualSteps) {
    public DeployReport {
        changes = List.copyOf(changes);
        manualSteps = List.copyOf(manualSteps);
    }
}
