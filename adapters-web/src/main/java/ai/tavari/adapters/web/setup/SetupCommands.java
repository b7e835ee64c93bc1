package ai.tavari.adapters.web.setup;

import ai.tavari.adapters.web.problem.ProblemExceptionMapper;
import ai.tavari.application.port.in.setup.BusinessInfoCommand;
import ai.tavari.application.port.in.setup.ConfigureAgentCommand;
import ai.tavari.application.port.in.setup.FaqsCommand;
import ai.tavari.application.port.in.setup.GreetingAndVoiceCommand;
import ai.tavari.application.port.in.setup.HoursCommand;
import ai.tavari.application.port.in.setup.MessageSettingsCommand;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns request bodies into commands, reading phone numbers on the way, and reports every bad
 * field at once under its JSON path in the body ({@code phone}, {@code weekly.monday[0].closes},
 * {@code messageSettings.smsNumber}, {@code faqs[2].question}): the commands' own errors first,
 * then what the bodies' constraint annotations find beyond them. A missing body is an error of
 * the field {@code body}.
 */
@ApplicationScoped
public class SetupCommands {
    private final PhoneNumbers phones = new PhoneNumbers();
    private final Validator validator;

    protected SetupCommands() {
        this.validator = null;
    }

    @Inject
    public SetupCommands(Validator validator) {
        this.validator = validator;
    }

    /** Phone numbers without a country code are read in {@code country}, else the country of {@code timeZone}. */
    public BusinessInfoCommand businessInfo(BusinessInfoRequest body, Business business) {
        CommandInput input = input(body);
        Optional<String> country = defaultCountry(input, "", body.country(), zone(body.timeZone()), business);
        PhoneNumber phone = phones.read(input, "phone", body.phone(), country).orElse(null);
        return checked(input, body, input.build("", () -> BusinessInfoCommand.of(body.name(), phone, body.timeZone(),
                body.industry(), body.address())));
    }

    public GreetingAndVoiceCommand greetingAndVoice(GreetingAndVoiceRequest body) {
        CommandInput input = input(body);
        return checked(input, body, input.build("", () -> new GreetingAndVoiceCommand(body.agentName(),
                body.greeting(), body.voice(), body.language(), body.instructions())));
    }

    public HoursCommand hours(HoursRequest body) {
        CommandInput input = input(body);
        return checked(input, body, input.build("", () -> hoursOf(body)));
    }

    public FaqsCommand faqs(FaqsRequest body) {
        CommandInput input = input(body);
        return checked(input, body, input.build("", () -> FaqsCommand.of(entries(body.faqs()))));
    }

    /** Phone numbers without a country code are read in {@code country}, else the business's country. */
    public MessageSettingsCommand messageSettings(MessageSettingsRequest body, Business business) {
        CommandInput input = input(body);
        return checked(input, body, messageSettings(input, "", body, Optional.empty(), business));
    }

    /** {@code PUT /api/agents}: every part is required. */
    public ConfigureAgentCommand replacement(AgentRequest body, Business business) {
        CommandInput input = input(body);
        GreetingAndVoiceCommand greeting = input.build("", () -> new GreetingAndVoiceCommand(body.agentName(),
                body.greeting(), body.voice(), body.language(), body.instructions()));
        HoursCommand hours = required(input, "hours", body.hours())
                ? input.build("hours.", () -> hoursOf(body.hours()))
                : null;
        FaqsCommand faqs = input.build("", () -> FaqsCommand.of(entries(body.faqs())));
        MessageSettingsCommand messages = required(input, "messageSettings", body.messageSettings())
                ? messageSettings(input, "messageSettings.", body.messageSettings(), hoursZone(body.hours()), business)
                : null;
        boolean complete = greeting != null && hours != null && faqs != null && messages != null;
        return checked(input, body, complete ? ConfigureAgentCommand.replacing(greeting, hours, faqs, messages) : null);
    }

    /** {@code PATCH /api/agents}: only the parts present. */
    public ConfigureAgentCommand changes(AgentChangesRequest body, Business business) {
        CommandInput input = input(body);
        Optional<HoursCommand> hours = Optional.ofNullable(body.hours())
                .map(given -> input.build("hours.", () -> hoursOf(given)));
        Optional<FaqsCommand> faqs = Optional.ofNullable(body.faqs())
                .map(given -> input.build("", () -> FaqsCommand.of(entries(given))));
        Optional<MessageSettingsCommand> messages = Optional.ofNullable(body.messageSettings())
                .map(given -> messageSettings(input, "messageSettings.", given, hoursZone(body.hours()), business));
        return checked(input, body, input.build("", () -> new ConfigureAgentCommand(
                Optional.ofNullable(body.agentName()), Optional.ofNullable(body.greeting()),
                Optional.ofNullable(body.voice()), Optional.ofNullable(body.language()),
                Optional.ofNullable(body.instructions()), hours, faqs, messages)));
    }

    /** Collects a body's errors; a missing body fails at once, since there is nothing else to check. */
    private static CommandInput input(Object body) {
        if (body == null) {
            throw InvalidCommandException.of("body", "is required");
        }
        return new CommandInput();
    }

    /**
     * {@code command} once the body's constraint annotations found nothing either; their errors
     * come after the commands' own, so a field keeps the command's wording.
     */
    private <T> T checked(CommandInput input, Object body, T command) {
        validator.validate(body).stream()
                .map(violation -> new FieldError(ProblemExceptionMapper.fieldName(violation.getPropertyPath()),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .forEach(error -> input.reject(error.field(), error.message()));
        input.throwIfInvalid();
        return command;
    }

    private MessageSettingsCommand messageSettings(CommandInput input, String prefix, MessageSettingsRequest body,
                                                   Optional<ZoneId> newZone, Business business) {
        Optional<String> country = defaultCountry(input, prefix, body.country(), newZone, business);
        PhoneNumber sms = phones.read(input, prefix + "smsNumber", body.smsNumber(), country).orElse(null);
        PhoneNumber transfer = phones.read(input, prefix + "transferNumber", body.transferNumber(), country).orElse(null);
        return input.build(prefix, () -> MessageSettingsCommand.of(body.fieldsToCollect(), body.notificationEmail(),
                sms, transfer, body.transferWhen(), body.urgentKeywords()));
    }

    private Optional<String> defaultCountry(CommandInput input, String prefix, String country, Optional<ZoneId> newZone,
                                            Business business) {
        if (country != null && !phones.isKnownCountry(country)) {
            input.reject(prefix + "country", PhoneNumbers.COUNTRY_MESSAGE);
        }
        return phones.defaultCountry(country, newZone, Optional.of(business.timeZone()), business.phone());
    }

    private static boolean required(CommandInput input, String field, Object part) {
        if (part == null) {
            input.reject(field, "is required");
        }
        return part != null;
    }

    private static HoursCommand hoursOf(HoursRequest body) {
        List<HoursCommand.ClosedDate> holidays = body.holidays() == null ? null : body.holidays().stream()
                .map(holiday -> holiday == null ? null : new HoursCommand.ClosedDate(holiday.date(), holiday.label()))
                .toList();
        return HoursCommand.of(body.timeZone(), body.weekly() == null ? null : weekly(body.weekly()), holidays,
                body.afterHours());
    }

    private static Map<DayOfWeek, List<HoursCommand.Opening>> weekly(WeeklyHoursRequest week) {
        Map<DayOfWeek, List<HoursCommand.Opening>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.MONDAY, openings(week.monday()));
        weekly.put(DayOfWeek.TUESDAY, openings(week.tuesday()));
        weekly.put(DayOfWeek.WEDNESDAY, openings(week.wednesday()));
        weekly.put(DayOfWeek.THURSDAY, openings(week.thursday()));
        weekly.put(DayOfWeek.FRIDAY, openings(week.friday()));
        weekly.put(DayOfWeek.SATURDAY, openings(week.saturday()));
        weekly.put(DayOfWeek.SUNDAY, openings(week.sunday()));
        return weekly;
    }

    private static List<HoursCommand.Opening> openings(List<OpeningRequest> day) {
        return day == null ? null : day.stream()
                .map(opening -> opening == null ? null : new HoursCommand.Opening(opening.opens(), opening.closes()))
                .toList();
    }

    private static List<FaqsCommand.Entry> entries(List<FaqRequest> faqs) {
        return faqs == null ? null : faqs.stream()
                .map(faq -> faq == null ? null : new FaqsCommand.Entry(faq.question(), faq.answer()))
                .toList();
    }

    private static Optional<ZoneId> hoursZone(HoursRequest hours) {
        return hours == null ? Optional.empty() : zone(hours.timeZone());
    }

    private static Optional<ZoneId> zone(String name) {
        return name != null && ZoneId.getAvailableZoneIds().contains(name.strip())
                ? Optional.of(ZoneId.of(name.strip())) : Optional.empty();
    }
}
