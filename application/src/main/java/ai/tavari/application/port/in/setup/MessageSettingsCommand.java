package ai.tavari.application.port.in.setup;

import ai.tavari.application.validation.Validation;
import ai.tavari.domain.agent.MessageField;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.agent.TransferAvailability;
import ai.tavari.domain.agent.TransferRules;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 5: what the agent asks a caller for when it takes a message, where the owner hears about
 * new messages (e-mail, SMS), which words make a message urgent, and whether and when a caller may
 * be transferred, to which number. Fields: {@code fieldsToCollect}, {@code fieldsToCollect[0]},
 * {@code notificationEmail}, {@code smsNumber}, {@code transferNumber}, {@code transferWhen},
 * {@code urgentKeywords[0]}.
 */
public record MessageSettingsCommand(MessageSettings settings, TransferRules transferRules) implements AgentStepCommand {

    public MessageSettingsCommand {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(transferRules, "transferRules");
    }

    /**
     * From the owner's input; phone numbers are already normalised by the adapter ({@code null} =
     * none). {@code transferWhen} defaults to {@code NEVER}, {@code urgentKeywords} to none.
     */
    public static MessageSettingsCommand of(List<String> fieldsToCollect, String notificationEmail, PhoneNumber smsNumber,
                                            PhoneNumber transferNumber, String transferWhen, List<String> urgentKeywords) {
        Validation validation = new Validation();
        Set<MessageField> fields = fields(validation, fieldsToCollect);
        Optional<EmailAddress> email = notificationEmail == null || notificationEmail.isBlank() ? Optional.empty()
                : Optional.ofNullable(ProfileRules.attempt(validation, field -> "notificationEmail",
                        () -> EmailAddress.of(notificationEmail)));
        TransferAvailability availability = availability(validation, transferWhen);
        validation.throwIfInvalid();
        MessageSettings settings = ProfileRules.attempt(validation, MessageSettingsCommand::fieldOf,
                () -> new MessageSettings(fields, email, Optional.ofNullable(smsNumber),
                        urgentKeywords == null ? List.of() : urgentKeywords));
        TransferRules transfer = ProfileRules.attempt(validation, MessageSettingsCommand::fieldOf,
                () -> new TransferRules(Optional.ofNullable(transferNumber), availability));
        validation.throwIfInvalid();
        return new MessageSettingsCommand(settings, transfer);
    }

    @Override
    public SetupStep step() {
        return SetupStep.MESSAGE_SETTINGS;
    }

    @Override
    public String fieldFor(String domainField) {
        return fieldOf(domainField);
    }

    /**
     * {@code messageSettings.x} is {@code x}; the transfer rules' {@code number} and
     * {@code availability} are {@code transferNumber} and {@code transferWhen}; an after-hours
     * transfer without a number is this step's missing {@code transferNumber}.
     */
    public static String fieldOf(String domainField) {
        if (domainField.startsWith("messageSettings.")) {
            return domainField.substring("messageSettings.".length());
        }
        return switch (domainField) {
            case "transferRules.number", "afterHoursAction" -> "transferNumber";
            case "transferRules.availability" -> "transferWhen";
            default -> domainField;
        };
    }

    @Override
    public ConfigureAgentCommand asAgentChange() {
        return new ConfigureAgentCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(this));
    }

    private static Set<MessageField> fields(Validation validation, List<String> names) {
        validation.require(names != null && !names.isEmpty(), "fieldsToCollect", "must include at least one field");
        Set<MessageField> fields = EnumSet.noneOf(MessageField.class);
        if (names == null) {
            return fields;
        }
        for (int index = 0; index < names.size(); index++) {
            Optional<MessageField> field = parse(MessageField.class, names.get(index));
            validation.require(field.isPresent(), "fieldsToCollect[" + index + "]",
                    "must be one of " + names(MessageField.values()));
            field.ifPresent(fields::add);
        }
        return fields;
    }

    private static TransferAvailability availability(Validation validation, String text) {
        if (text == null || text.isBlank()) {
            return TransferAvailability.NEVER;
        }
        Optional<TransferAvailability> availability = parse(TransferAvailability.class, text);
        validation.require(availability.isPresent(), "transferWhen", "must be one of " + names(TransferAvailability.values()));
        return availability.orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
