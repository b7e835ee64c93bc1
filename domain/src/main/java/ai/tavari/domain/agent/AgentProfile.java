package ai.tavari.domain.agent;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.shared.DomainValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a business's voice agent behaves: who it is, how it greets, what it knows (FAQs, hours) and
 * what it may do (take messages, transfer). Immutable; every {@code withX} returns a validated copy.
 * The canonical constructor is also the way to restore a stored profile.
 *
 * <p>Field names in validation errors: {@code agentName}, {@code greeting}, {@code voice},
 * {@code language}, {@code instructions}, {@code faqs}, {@code faqs[i].question},
 * {@code messageSettings.*}, {@code transferRules.*}, {@code afterHoursAction}, {@code hours.*}.
 */
public record AgentProfile(
        BusinessId businessId,
        String agentName,
        String greeting,
        String voice,
        String language,
        String instructions,
        List<Faq> faqs,
        MessageSettings messageSettings,
        TransferRules transferRules,
        AfterHoursAction afterHoursAction,
        HoursSchedule hours) {

    public static final int MAX_AGENT_NAME_LENGTH = 40;
    public static final int MAX_GREETING_LENGTH = 300;
    public static final int MAX_INSTRUCTIONS_LENGTH = 2000;
    public static final int MAX_FAQS = 5;

    /** Voices the agent may speak with, in the order a settings page should offer them. */
    public static final Set<String> ALLOWED_VOICES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse")));

    public static final String DEFAULT_AGENT_NAME = "Ava";
    public static final String DEFAULT_VOICE = "marin";
    public static final String DEFAULT_LANGUAGE = "en-US";

    private static final Pattern LANGUAGE_TAG =
            Pattern.compile("^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$");

    public AgentProfile {
        Objects.requireNonNull(businessId, "businessId");
        agentName = requireText("agentName", agentName, MAX_AGENT_NAME_LENGTH);
        greeting = requireText("greeting", greeting, MAX_GREETING_LENGTH);
        voice = requireVoice(voice);
        language = canonicalLanguage(language);
        instructions = instructions == null ? "" : instructions.strip();
        if (instructions.length() > MAX_INSTRUCTIONS_LENGTH) {
            throw new DomainValidationException("instructions",
                    "must be at most " + MAX_INSTRUCTIONS_LENGTH + " characters");
        }
        faqs = validatedFaqs(faqs);
        if (messageSettings == null) {
            throw new DomainValidationException("messageSettings", "is required");
        }
        if (transferRules == null) {
            throw new DomainValidationException("transferRules", "is required");
        }
        if (afterHoursAction == null) {
            throw new DomainValidationException("afterHoursAction", "is required");
        }
        if (afterHoursAction == AfterHoursAction.TRANSFER && transferRules.number().isEmpty()) {
            throw new DomainValidationException("afterHoursAction", "needs a transfer number to transfer calls after hours");
        }
        if (hours == null) {
            throw new DomainValidationException("hours", "is required");
        }
    }

    /**
     * A reasonable first profile for a new business: agent "Ava" greeting with the business name,
     * voice "marin", US English, no FAQs, default message settings, transfers off (the business
     * phone, if known, is pre-filled as the transfer number), messages after hours, and Monday to
     * Friday 9 to 5 in the business's time zone.
     */
    public static AgentProfile defaultFor(Business business) {
        Objects.requireNonNull(business, "business");
        TransferRules transfer = new TransferRules(business.phone(), TransferAvailability.NEVER);
        return new AgentProfile(business.id(), DEFAULT_AGENT_NAME, defaultGreeting(business.name(), DEFAULT_AGENT_NAME),
                DEFAULT_VOICE, DEFAULT_LANGUAGE, "", List.of(), MessageSettings.defaults(), transfer,
                AfterHoursAction.TAKE_MESSAGE, HoursSchedule.weekdaysNineToFive(business.timeZone()));
    }

    public static String defaultGreeting(String businessName, String agentName) {
        return "Thanks for calling " + businessName + ", this is " + agentName + ". How can I help you today?";
    }

    public AgentProfile withAgentName(String newAgentName) {
        return new AgentProfile(businessId, newAgentName, greeting, voice, language, instructions, faqs,
                messageSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withGreeting(String newGreeting) {
        return new AgentProfile(businessId, agentName, newGreeting, voice, language, instructions, faqs,
                messageSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withVoice(String newVoice) {
        return new AgentProfile(businessId, agentName, greeting, newVoice, language, instructions, faqs,
                messageSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withLanguage(String newLanguage) {
        return new AgentProfile(businessId, agentName, greeting, voice, newLanguage, instructions, faqs,
                messageSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withInstructions(String newInstructions) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, newInstructions, faqs,
                messageSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withFaqs(List<Faq> newFaqs) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, instructions, newFaqs,
                messageSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withMessageSettings(MessageSettings newSettings) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, instructions, faqs,
                newSettings, transferRules, afterHoursAction, hours);
    }

    public AgentProfile withTransferRules(TransferRules newRules) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, instructions, faqs,
                messageSettings, newRules, afterHoursAction, hours);
    }

    public AgentProfile withAfterHoursAction(AfterHoursAction newAction) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, instructions, faqs,
                messageSettings, transferRules, newAction, hours);
    }

    public AgentProfile withHours(HoursSchedule newHours) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, instructions, faqs,
                messageSettings, transferRules, afterHoursAction, newHours);
    }

    /** Transfer rules and after-hours action together, since each can depend on the other. */
    public AgentProfile withCallHandling(TransferRules newRules, AfterHoursAction newAction) {
        return new AgentProfile(businessId, agentName, greeting, voice, language, instructions, faqs,
                messageSettings, newRules, newAction, hours);
    }

    public boolean isOpen(Instant now) {
        return hours.isOpen(now);
    }

    /** The after-hours action that applies at {@code now}; empty while the business is open. */
    public Optional<AfterHoursAction> afterHoursActionAt(Instant now) {
        return hours.isOpen(now) ? Optional.empty() : Optional.of(afterHoursAction);
    }

    /**
     * Whether the agent may transfer the caller at {@code now}: the transfer rules allow it, or the
     * business is closed and the after-hours action is to transfer.
     */
    public boolean transferAllowedAt(Instant now) {
        if (transferRules.number().isEmpty()) {
            return false;
        }
        boolean open = hours.isOpen(now);
        return transferRules.allowsTransfer(open) || (!open && afterHoursAction == AfterHoursAction.TRANSFER);
    }

    private static String requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new DomainValidationException(field, "must not be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new DomainValidationException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    private static String requireVoice(String voice) {
        String normalized = voice == null ? "" : voice.strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED_VOICES.contains(normalized)) {
            throw new DomainValidationException("voice", "must be one of " + String.join(", ", ALLOWED_VOICES));
        }
        return normalized;
    }

    /** Accepts "en", "en-US", "en_us", "es-419", "zh-Hant-TW"; returns the canonical case ("en-US"). */
    private static String canonicalLanguage(String tag) {
        Matcher matcher = tag == null ? null : LANGUAGE_TAG.matcher(tag.strip());
        if (matcher == null || !matcher.matches()) {
            throw new DomainValidationException("language", "must be a language tag such as en-US");
        }
        StringBuilder canonical = new StringBuilder(matcher.group(1).toLowerCase(Locale.ROOT));
        if (matcher.group(2) != null) {
            String script = matcher.group(2);
            canonical.append('-').append(script.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(script.substring(1).toLowerCase(Locale.ROOT));
        }
        if (matcher.group(3) != null) {
            canonical.append('-').append(matcher.group(3).toUpperCase(Locale.ROOT));
        }
        return canonical.toString();
    }

    private static List<Faq> validatedFaqs(List<Faq> faqs) {
        if (faqs == null) {
            return List.of();
        }
        if (faqs.size() > MAX_FAQS) {
            throw new DomainValidationException("faqs", "must have at most " + MAX_FAQS + " entries");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Faq> result = new ArrayList<>(faqs.size());
        for (int index = 0; index < faqs.size(); index++) {
            Faq faq = faqs.get(index);
            if (faq == null) {
                throw new DomainValidationException("faqs[" + index + "]", "is required");
            }
            Integer earlier = seen.putIfAbsent(comparableQuestion(faq.question()), index);
            if (earlier != null) {
                throw new DomainValidationException("faqs[" + index + "].question",
                        "repeats the question of FAQ " + (earlier + 1));
            }
            result.add(faq);
        }
        return List.copyOf(result);
    }

    /** Questions differing only in case, spacing or trailing punctuation are the same question. */
    private static String comparableQuestion(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.]+$", "");
    }
}
