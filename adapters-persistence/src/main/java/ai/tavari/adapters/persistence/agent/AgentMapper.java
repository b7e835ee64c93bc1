package ai.tavari.adapters.persistence.agent;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.domain.agent.AfterHoursAction;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.Faq;
import ai.tavari.domain.agent.MessageField;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.agent.TransferAvailability;
import ai.tavari.domain.agent.TransferRules;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.hours.Holiday;
import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.hours.OpeningInterval;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Between the agent profile and its rows; the hours' zone is the business's own. */
final class AgentMapper {
    private AgentMapper() {
    }

    static AgentProfile toDomain(AgentEntity row, ZoneId zone) {
        EnumSet<MessageField> fields = EnumSet.noneOf(MessageField.class);
        row.messageFields.forEach(f -> fields.add(MessageField.valueOf(f)));
        MessageSettings messageSettings = new MessageSettings(fields,
                Optional.ofNullable(row.notificationEmail).map(EmailAddress::of),
                Optional.ofNullable(row.smsNumber).map(PhoneNumber::of),
                row.urgentKeywords.stream().sorted().toList());
        TransferRules transferRules = new TransferRules(Optional.ofNullable(row.transferNumber).map(PhoneNumber::of),
                TransferAvailability.valueOf(row.transferWhen));
        List<Faq> faqs = row.faqs.stream()
                .sorted(Comparator.comparingInt(f -> f.position))
                .map(f -> Faq.of(f.question, f.answer))
                .toList();
        return new AgentProfile(new BusinessId(row.businessId), row.agentName, row.greeting, row.voice, row.language,
                row.instructions, faqs, messageSettings, transferRules, AfterHoursAction.valueOf(row.afterHoursAction),
                hours(row, zone));
    }

    private static HoursSchedule hours(AgentEntity row, ZoneId zone) {
        Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        for (HoursRow hours : row.hours) {
            weekly.computeIfAbsent(DayOfWeek.of(hours.dayOfWeek), d -> new ArrayList<>())
                    .add(OpeningInterval.of(hours.opens, hours.closes));
        }
        List<Holiday> holidays = row.holidays.stream()
                .map(h -> h.label == null ? Holiday.on(h.closedOn) : Holiday.on(h.closedOn, h.label))
                .toList();
        return HoursSchedule.of(zone, weekly, holidays);
    }

    static void copyInto(AgentProfile profile, AgentEntity row, Instant now) {
        row.businessId = profile.businessId().value();
        row.agentName = profile.agentName();
        row.greeting = profile.greeting();
        row.voice = profile.voice();
        row.language = profile.language();
        row.instructions = profile.instructions();
        MessageSettings settings = profile.messageSettings();
        row.notificationEmail = settings.notificationEmail().map(EmailAddress::value).orElse(null);
        row.smsNumber = settings.smsNumber().map(PhoneNumber::e164).orElse(null);
        row.transferNumber = profile.transferRules().number().map(PhoneNumber::e164).orElse(null);
        row.transferWhen = profile.transferRules().availability().name();
        row.afterHoursAction = profile.afterHoursAction().name();
        row.updatedAt = Timestamps.toColumn(now);
        replace(row.messageFields, settings.fieldsToCollect().stream().map(Enum::name).toList());
        replace(row.urgentKeywords, settings.urgentKeywords());
        List<FaqRow> faqs = new ArrayList<>();
        for (int i = 0; i < profile.faqs().size(); i++) {
            FaqRow faq = new FaqRow();
            faq.position = (short) (i + 1);
            faq.question = profile.faqs().get(i).question();
            faq.answer = profile.faqs().get(i).answer();
            faqs.add(faq);
        }
        replace(row.faqs, faqs);
        List<HoursRow> hours = new ArrayList<>();
        profile.hours().weekly().forEach((day, intervals) -> intervals.forEach(interval -> {
            HoursRow hoursRow = new HoursRow();
            hoursRow.dayOfWeek = (short) day.getValue();
            hoursRow.opens = interval.opens();
            hoursRow.closes = interval.closes();
            hours.add(hoursRow);
        }));
        replace(row.hours, hours);
        List<HolidayRow> holidays = new ArrayList<>();
        for (Holiday holiday : profile.hours().holidays()) {
            HolidayRow holidayRow = new HolidayRow();
            holidayRow.closedOn = holiday.date();
            holidayRow.label = holiday.label().orElse(null);
            holidays.add(holidayRow);
        }
        replace(row.holidays, holidays);
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }
}
