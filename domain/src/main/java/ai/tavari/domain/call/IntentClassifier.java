package ai.tavari.domain.call;

import ai.tavari.domain.agent.AgentTool;
import ai.tavari.domain.agent.TextNormalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out what a call was about. What the agent <em>did</em> outranks what the caller said:
 * <ol>
 *   <li>tools called, in this priority: {@code transfer_call} (TRANSFER), {@code take_message}
 *       (MESSAGE), {@code answer_faq} (FAQ), {@code get_business_hours} (HOURS);
 *       {@code end_call} and unknown tool names carry no intent;</li>
 *   <li>otherwise the caller's own words: sales or spam phrases (SPAM_OR_SALES) before booking
 *       words (BOOKING_REQUEST);</li>
 *   <li>otherwise OTHER.</li>
 * </ol>
 * Phrases match whole words after {@link TextNormalizer#words} normalisation, so "SEO" matches
 * "seo" but "book" does not match "Facebook".
 */
public final class IntentClassifier {
    private static final List<ToolIntent> TOOL_PRIORITY = List.of(
            new ToolIntent(AgentTool.TRANSFER_CALL, Intent.TRANSFER),
            new ToolIntent(AgentTool.TAKE_MESSAGE, Intent.MESSAGE),
            new ToolIntent(AgentTool.ANSWER_FAQ, Intent.FAQ),
            new ToolIntent(AgentTool.GET_BUSINESS_HOURS, Intent.HOURS));

    private static final List<String> SPAM_PHRASES = normalized(List.of(
            "seo", "search engine optimization", "extended warranty", "car warranty", "vehicle warranty",
            "auto warranty", "rank on google", "rank higher", "first page of google", "top of google",
            "help your business rank", "google listing", "google business listing", "google my business",
            "verify your listing", "business listing", "merchant services", "credit card processing",
            "processing fees", "business loan", "business funding", "line of credit", "website design",
            "redesign your website", "digital marketing", "marketing services", "lead generation",
            "more leads", "press one", "press 1", "not a sales call", "final notice", "limited time offer",
            "you have been selected", "youve been selected"));

    private static final List<String> BOOKING_PHRASES = normalized(List.of(
            "appointment", "appointments", "book", "booking", "schedule", "reschedule", "reservation",
            "reservations", "reserve", "table for", "consultation", "availability", "available slot",
            "next available", "come in on", "get in on", "fit me in"));

    private IntentClassifier() {
    }

    /**
     * @param toolNames wire names of the tools the agent called, in any order, repeats allowed
     * @param transcript the call's transcript; only the caller's turns are read
     */
    public static Intent classify(Collection<String> toolNames, List<TranscriptTurn> transcript) {
        Objects.requireNonNull(toolNames, "toolNames");
        Set<AgentTool> tools = toolNames.stream()
                .map(AgentTool::fromWireName)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgentTool.class)));
        return classifyTools(tools, transcript);
    }

    public static Intent classifyTools(Set<AgentTool> tools, List<TranscriptTurn> transcript) {
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(transcript, "transcript");
        for (ToolIntent candidate : TOOL_PRIORITY) {
            if (tools.contains(candidate.tool())) {
                return candidate.intent();
            }
        }
        String callerWords = " " + transcript.stream()
                .filter(turn -> turn.speaker() == Speaker.CALLER)
                .flatMap(turn -> TextNormalizer.words(turn.text()).stream())
                .collect(Collectors.joining(" ")) + " ";
        if (containsAny(callerWords, SPAM_PHRASES)) {
            return Intent.SPAM_OR_SALES;
        }
        if (containsAny(callerWords, BOOKING_PHRASES)) {
            return Intent.BOOKING_REQUEST;
        }
        return Intent.OTHER;
    }

    private static boolean containsAny(String paddedWords, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> paddedWords.contains(" " + phrase + " "));
    }

    private static List<String> normalized(List<String> phrases) {
        return phrases.stream().map(phrase -> String.join(" ", TextNormalizer.words(phrase))).toList();
    }

    private record ToolIntent(AgentTool tool, Intent intent) {
    }
}
