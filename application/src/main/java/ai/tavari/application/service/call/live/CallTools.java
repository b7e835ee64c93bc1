package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.conversation.ToolDefinition;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.AgentTool;
import ai.tavari.domain.agent.FaqMatcher;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.message.UrgencyAssessor;
import ai.tavari.domain.shared.DomainValidationException;
import ai.tavari.domain.shared.MessageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's tools, run on the server against the domain: their declarations for the engine and
 * what a call of each one does. Bad arguments give an error result the agent can recover from.
 */
final class CallTools {
    private static final FaqMatcher FAQS = new FaqMatcher();

    private final Business business;
    private final AgentProfile profile;

    CallTools(Business business, AgentProfile profile) {
        this.business = business;
        this.profile = profile;
    }

    /** The tools this business's agent may use; transfer only when a transfer number is set up. */
    List<ToolDefinition> definitions() {
        List<ToolDefinition> tools = new ArrayList<>();
        tools.add(new ToolDefinition(AgentTool.GET_BUSINESS_HOURS.wireName(),
                "Get the business's opening hours and whether it is open right now.",
                "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}"));
        tools.add(new ToolDefinition(AgentTool.ANSWER_FAQ.wireName(),
                "Look up the owner's answer to a caller's question. Use it before answering questions about the business.",
                "{\"type\":\"object\",\"properties\":{\"question\":{\"type\":\"string\","
                        + "\"description\":\"The caller's question in their words\"}},"
                        + "\"required\":[\"question\"],\"additionalProperties\":false}"));
        tools.add(new ToolDefinition(AgentTool.TAKE_MESSAGE.wireName(),
                "Save a message for the owner once you have the caller's details. Read the callback number back first.",
                "{\"type\":\"object\",\"properties\":{"
                        + "\"caller_name\":{\"type\":\"string\"},"
                        + "\"callback_number\":{\"type\":\"string\",\"description\":\"Phone number to call back, digits as said\"},"
                        + "\"reason\":{\"type\":\"string\",\"description\":\"What the caller wants, in one or two sentences\"},"
                        + "\"urgency\":{\"type\":\"string\",\"enum\":[\"low\",\"normal\",\"urgent\"]}},"
                        + "\"required\":[\"reason\"],\"additionalProperties\":false}"));
        if (profile.transferRules().number().isPresent()) {
            tools.add(new ToolDefinition(AgentTool.TRANSFER_CALL.wireName(),
                    "Transfer the caller to a person at the business when they ask for one.",
                    "{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\"}},\"additionalProperties\":false}"));
        }
        tools.add(new ToolDefinition(AgentTool.END_CALL.wireName(),
                "Hang up. Say goodbye first; call this only when the conversation is over.",
                "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}"));
        return List.copyOf(tools);
    }

    ToolOutcome run(String name, Optional<Map<String, Object>> arguments, CallSession call, Instant now) {
        Optional<AgentTool> tool = AgentTool.fromWireName(name);
        if (tool.isEmpty()) {
            return invalid("unknown tool '" + name + "'");
        }
        if (arguments.isEmpty()) {
            return invalid("the arguments were not a JSON object; call " + name + " again with valid JSON");
        }
        Map<String, Object> args = arguments.get();
        return switch (tool.get()) {
            case GET_BUSINESS_HOURS -> hours(now);
            case ANSWER_FAQ -> faq(args);
            case TAKE_MESSAGE -> message(args, call, now);
            case TRANSFER_CALL -> transfer(now);
            case END_CALL -> new ToolOutcome.EndCall(result("ok", true));
        };
    }

    private ToolOutcome hours(Instant now) {
        Map<String, Object> result = result("open_now", profile.hours().isOpen(now));
        result.put("right_now", profile.hours().describeStatus(now));
        result.put("weekly_hours", profile.hours().describe());
        return new ToolOutcome.Answer(result);
    }

    private ToolOutcome faq(Map<String, Object> args) {
        Optional<String> question = text(args, "question");
        if (question.isEmpty()) {
            return invalid("'question' is required");
        }
        return FAQS.bestMatch(question.get(), profile.faqs())
                .<ToolOutcome>map(match -> {
                    Map<String, Object> result = result("found", true);
                    result.put("question", match.faq().question());
                    result.put("answer", match.faq().answer());
                    return new ToolOutcome.Answer(result);
                })
                .orElseGet(() -> {
                    Map<String, Object> result = result("found", false);
                    result.put("advice", "The owner has not answered this. Say you don't know and offer to take a message.");
                    return new ToolOutcome.Answer(result);
                });
    }

    private ToolOutcome message(Map<String, Object> args, CallSession call, Instant now) {
        Optional<String> reason = text(args, "reason");
        if (reason.isEmpty()) {
            return invalid("'reason' is required: what does the caller want?");
        }
        Optional<String> callerName = text(args, "caller_name");
        Optional<String> callback = text(args, "callback_number")
                .or(() -> call.callerPhoneNumber().map(number -> number.e164()));
        Optional<Urgency> judged = text(args, "urgency").flatMap(CallTools::urgency);
        Urgency urgency = UrgencyAssessor.assess(reason.get(), profile.messageSettings().urgentKeywords(), judged);
        try {
            Message message = Message.take(MessageId.newId(), business.id(), Optional.of(call.id()),
                    callerName.orElse(null), callback.orElse(null), null, reason.get(), urgency, now);
            Map<String, Object> result = result("saved", true);
            result.put("urgency", urgency.name().toLowerCase(Locale.ROOT));
            result.put("say", "Confirm the message was taken and that " + business.name() + " will get back to them.");
            return new ToolOutcome.SaveMessage(message, result);
        } catch (DomainValidationException e) {
            return invalid(e.field() + " " + e.getMessage());
        }
    }

    private ToolOutcome transfer(Instant now) {
        if (profile.transferRules().number().isEmpty() || !profile.transferAllowedAt(now)) {
            Map<String, Object> result = result("transferring", false);
            result.put("reason", "Transfers are not available right now.");
            result.put("advice", "Apologise and offer to take a message instead.");
            return new ToolOutcome.Answer(result);
        }
        Map<String, Object> result = result("transferring", true);
        result.put("say", "Tell the caller, in one short sentence, that you are putting them through now.");
        return new ToolOutcome.Transfer(profile.transferRules().number().get(), result);
    }

    private static Optional<Urgency> urgency(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> Optional.of(Urgency.LOW);
            case "normal" -> Optional.of(Urgency.NORMAL);
            case "urgent", "high" -> Optional.of(Urgency.URGENT);
            default -> Optional.empty();
        };
    }

    private static Optional<String> text(Map<String, Object> args, String key) {
        Object value = args.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text.strip());
        }
        return Optional.empty();
    }

    private static ToolOutcome invalid(String error) {
        return new ToolOutcome.Invalid(result("error", error));
    }

    private static Map<String, Object> result(String key, Object value) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(key, value);
        return result;
    }
}
