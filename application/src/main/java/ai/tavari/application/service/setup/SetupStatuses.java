package ai.tavari.application.service.setup;

import ai.tavari.application.port.in.setup.BusinessInfoCommand;
import ai.tavari.application.port.in.setup.FaqsCommand;
import ai.tavari.application.port.in.setup.ForwardingStatus;
import ai.tavari.application.port.in.setup.HoursCommand;
import ai.tavari.application.port.in.setup.MessageSettingsCommand;
import ai.tavari.application.port.in.setup.SetupStatus;
import ai.tavari.application.port.in.setup.StepStatus;
import ai.tavari.application.validation.FieldError;
import ai.tavari.domain.agent.MissingItem;
import ai.tavari.domain.agent.SetupProgress;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.agent.StepProgress;
import java.util.List;

/** The domain's setup progress told in the owner's terms: step numbers and the fields of each step's body. */
final class SetupStatuses {
    private SetupStatuses() {
    }

    static SetupStatus of(SetupProgress progress, ForwardingStatus forwarding) {
        List<StepStatus> steps = progress.steps().stream().map(SetupStatuses::step).toList();
        return new SetupStatus(steps, progress.nextIncompleteStep().map(SetupStatuses::number), progress.canFinalize(),
                progress.finalizedAt(), forwarding);
    }

    /** Everything missing, as field errors of a finalize request. */
    static List<FieldError> missing(List<MissingItem> items) {
        return items.stream().map(SetupStatuses::missing).toList();
    }

    static int number(SetupStep step) {
        return step.ordinal() + 1;
    }

    private static StepStatus step(StepProgress progress) {
        return new StepStatus(number(progress.step()), progress.step(), progress.saved(), progress.isComplete(),
                missing(progress.missing()));
    }

    private static FieldError missing(MissingItem item) {
        String step = "step" + number(item.step());
        String field = item.field().equals(item.step().key()) ? step : step + "." + stepField(item);
        return new FieldError(field, item.message());
    }

    private static String stepField(MissingItem item) {
        return switch (item.step()) {
            case BUSINESS_INFO -> BusinessInfoCommand.fieldOf(item.field());
            case GREETING_AND_VOICE -> item.field();
            case HOURS -> HoursCommand.fieldOf(item.field());
            case FAQS -> FaqsCommand.fieldOf(item.field());
            case MESSAGE_SETTINGS -> MessageSettingsCommand.fieldOf(item.field());
        };
    }
}
