package ai.tavari.application.service.call.live;

import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.PhoneNumber;
import java.util.Map;

/** What running one of the agent's tools asks the call to do, with the result the agent gets. */
sealed interface ToolOutcome {
    Map<String, Object> result();

    /** Only information for the agent. */
    record Answer(Map<String, Object> result) implements ToolOutcome {
    }

    /** The arguments were unusable; the result tells the agent what to fix. */
    record Invalid(Map<String, Object> result) implements ToolOutcome {
    }

    /** Store the message (before answering the agent) and tell the owner. */
    record SaveMessage(Message message, Map<String, Object> result) implements ToolOutcome {
    }

    /** Hand the caller over to {@code to} once the agent has announced it. */
    record Transfer(PhoneNumber to, Map<String, Object> result) implements ToolOutcome {
    }

    /** Hang up once the agent's goodbye has played. */
    record EndCall(Map<String, Object> result) implements ToolOutcome {
    }
}
