package ai.tavari.application.port.in.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.in.setup.HoursCommand.ClosedDate;
import ai.tavari.application.port.in.setup.HoursCommand.Opening;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.agent.AfterHoursAction;
import ai.tavari.domain.agent.MessageField;
import ai.tavari.domain.agent.SetupStep;
import ai.tavari.domain.agent.TransferAvailability;
import ai.tavari.domain.hours.Holiday;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SetupCommandsTest {
    private static final PhoneNumber PHONE = PhoneNumber.of("+14155550123");

    @Nested
    class BusinessInfo {
        @Test
        void acceptsAnIanaZoneAndStripsText() {
            BusinessInfoCommand command = BusinessInfoCommand.of("  Bella Hair ", PHONE, "Europe/Berlin", " Salon ", " ");

            assertThat(command.name()).isEqualTo("Bella Hair");
            assertThat(command.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(command.industry()).contains("Salon");
            assertThat(command.address()).isEmpty();
            assertThat(command.step()).isEqualTo(SetupStep.BUSINESS_INFO);
        }

        @Test
        void reportsEveryBadFieldAtOnce() {
            assertFields(() -> BusinessInfoCommand.of(" ", null, "Mars/Olympus_Mons", "x".repeat(81), "y".repeat(301)),
                    "name", "phone", "timeZone", "industry", "address");
        }

        @Test
        void refusesFixedOffsetsAsTimeZones() {
            assertFields(() -> BusinessInfoCommand.of("Shop", PHONE, "+02:00", null, null), "timeZone");
        }

        @Test
        void theBusinessNameIsThisStepsName() {
            assertThat(BusinessInfoCommand.fieldOf("businessName")).isEqualTo("name");
            assertThat(BusinessInfoCommand.fieldOf("phone")).isEqualTo("phone");
        }
    }

    @Nested
    class GreetingAndVoice {
        @Test
        void usesTheProfilesRulesAndReportsThemTogether() {
            assertFields(() -> new GreetingAndVoiceCommand("x".repeat(41), " ", "robot", "not a language", "z".repeat(2001)),
                    "agentName", "greeting", "voice", "language", "instructions");
        }

        @Test
        void requiresEverythingButTheInstructions() {
            assertFields(() -> new GreetingAndVoiceCommand(null, null, null, null, null),
                    "agentName", "greeting", "voice", "language");
            assertThat(new GreetingAndVoiceCommand("Mia", "Hi!", "coral", "en-GB", null).instructions()).isEmpty();
        }
    }

    @Nested
    class Hours {
        @Test
        void buildsWeeklyHoursWithOvernightSpansClosedDaysAndHolidays() {
            HoursCommand command = HoursCommand.of("America/Chicago", Map.of(
                            DayOfWeek.MONDAY, List.of(new Opening("09:00", "12:00"), new Opening("13:00", "17:00")),
                            DayOfWeek.FRIDAY, List.of(new Opening("18:00", "02:00"))),
                    List.of(new ClosedDate("2026-12-25", "Christmas")), "hours_only");

            assertThat(command.timeZone()).contains(ZoneId.of("America/Chicago"));
            assertThat(command.afterHours()).isEqualTo(AfterHoursAction.HOURS_ONLY);
            assertThat(command.schedule().intervalsOn(DayOfWeek.MONDAY)).hasSize(2);
            assertThat(command.schedule().intervalsOn(DayOfWeek.FRIDAY).get(0).isOvernight()).isTrue();
            assertThat(command.schedule().intervalsOn(DayOfWeek.SUNDAY)).isEmpty();
            assertThat(command.schedule().holidays()).containsExactly(Holiday.on(LocalDate.of(2026, 12, 25), "Christmas"));
            assertThat(command.scheduleIn(ZoneId.of("Europe/Paris")).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        }

        @Test
        void namesBadTimesByDayAndPosition() {
            assertFields(() -> HoursCommand.of("Nowhere/Town", Map.of(
                            DayOfWeek.MONDAY, List.of(new Opening("09:00", "17:00"), new Opening("10:00", "25:00")),
                            DayOfWeek.TUESDAY, Arrays.asList(null, new Opening(null, "12:00"))),
                    List.of(new ClosedDate("25.12.2026", null), new ClosedDate("2026-12-26", "L".repeat(81))), "SOMETIMES"),
                    "timeZone", "weekly.monday[1].closes", "weekly.tuesday[0]", "weekly.tuesday[1].opens",
                    "holidays[0].date", "holidays[1].label", "afterHours");
        }

        @Test
        void namesTheLaterOfTwoOverlappingIntervals() {
            assertFields(() -> HoursCommand.of(null, Map.of(DayOfWeek.WEDNESDAY,
                            List.of(new Opening("09:00", "13:00"), new Opening("12:00", "18:00"))), null, "TAKE_MESSAGE"),
                    "weekly.wednesday[1]");
        }

        @Test
        void namesAnOvernightSpanThatRunsIntoTheNextDaysOpening() {
            assertFields(() -> HoursCommand.of(null, Map.of(
                            DayOfWeek.SUNDAY, List.of(new Opening("22:00", "03:00")),
                            DayOfWeek.MONDAY, List.of(new Opening("02:00", "10:00"))), null, "TAKE_MESSAGE"),
                    "weekly.sunday[0]");
        }

        @Test
        void requiresWeeklyHoursAndTheAfterHoursActionAndCapsIntervalsAndHolidays() {
            assertFields(() -> HoursCommand.of(null, null, null, null), "weekly", "afterHours");
            List<Opening> five = List.of(new Opening("01:00", "02:00"), new Opening("03:00", "04:00"),
                    new Opening("05:00", "06:00"), new Opening("07:00", "08:00"), new Opening("09:00", "10:00"));
            List<ClosedDate> tooMany = new ArrayList<>();
            for (int day = 0; day < 101; day++) {
                tooMany.add(new ClosedDate(LocalDate.of(2027, 1, 1).plusDays(day).toString(), null));
            }
            assertFields(() -> HoursCommand.of(null, Map.of(DayOfWeek.SATURDAY, five), tooMany, "TRANSFER"),
                    "weekly.saturday", "holidays");
        }

        @Test
        void aRepeatedHolidayNamesItsDate() {
            assertFields(() -> HoursCommand.of(null, Map.of(), List.of(new ClosedDate("2026-12-25", null),
                    new ClosedDate("2026-12-25", "again")), "TAKE_MESSAGE"), "holidays[1].date");
        }

        @Test
        void mapsScheduleAndProfileFieldsToItsOwn() {
            assertThat(HoursCommand.fieldOf("hours")).isEqualTo("weekly");
            assertThat(HoursCommand.fieldOf("hours.timeZone")).isEqualTo("timeZone");
            assertThat(HoursCommand.fieldOf("hours.friday[0].closes")).isEqualTo("weekly.friday[0].closes");
            assertThat(HoursCommand.fieldOf("hours.holidays[2].date")).isEqualTo("holidays[2].date");
            assertThat(HoursCommand.fieldOf("afterHoursAction")).isEqualTo("afterHours");
        }

        @Test
        void anAllDayOpeningIsMidnightToMidnight() {
            HoursCommand command = HoursCommand.of(null, Map.of(DayOfWeek.SATURDAY, List.of(new Opening("00:00", "00:00"))),
                    List.of(), "TAKE_MESSAGE");

            assertThat(command.timeZone()).isEmpty();
            assertThat(command.schedule().intervalsOn(DayOfWeek.SATURDAY).get(0).isAllDay()).isTrue();
            assertThat(command.schedule().intervalsOn(DayOfWeek.SATURDAY).get(0).opens()).isEqualTo(LocalTime.MIDNIGHT);
        }
    }

    @Nested
    class Faqs {
        @Test
        void acceptsUpToFiveAndNoneAtAll() {
            assertThat(FaqsCommand.of(List.of()).faqs()).isEmpty();
            assertThat(FaqsCommand.of(faqEntries(5)).faqs()).hasSize(5);
        }

        @Test
        void refusesASixth() {
            assertFields(() -> FaqsCommand.of(faqEntries(6)), "faqs");
        }

        @Test
        void namesBlankAndOverlongTextByPosition() {
            assertFields(() -> FaqsCommand.of(List.of(new FaqsCommand.Entry("Parking?", "Yes."),
                            new FaqsCommand.Entry(" ", "No."), new FaqsCommand.Entry("Pets?", "x".repeat(1001)))),
                    "faqs[1].question", "faqs[2].answer");
        }

        @Test
        void refusesTheSameQuestionTwice() {
            assertFields(() -> FaqsCommand.of(List.of(new FaqsCommand.Entry("Do you have parking?", "Yes."),
                            new FaqsCommand.Entry("do you have  PARKING", "No."))),
                    "faqs[1].question");
        }

        @Test
        void aMissingListIsAnError() {
            assertFields(() -> FaqsCommand.of(null), "faqs");
        }
    }

    @Nested
    class MessageSettings {
        @Test
        void buildsSettingsAndTransferRules() {
            MessageSettingsCommand command = MessageSettingsCommand.of(List.of("caller_name", "REASON"), "Owner@Shop.example",
                    PHONE, PhoneNumber.of("+14155550199"), "during_open_hours", List.of("flood", "Flood", "fire"));

            assertThat(command.settings().fieldsToCollect()).containsExactly(MessageField.CALLER_NAME, MessageField.REASON);
            assertThat(command.settings().notificationEmail()).map(Object::toString).contains("owner@shop.example");
            assertThat(command.settings().smsNumber()).contains(PHONE);
            assertThat(command.settings().urgentKeywords()).containsExactly("flood", "fire");
            assertThat(command.transferRules().availability()).isEqualTo(TransferAvailability.DURING_OPEN_HOURS);
        }

        @Test
        void transfersDefaultToNeverAndNotificationsAreOptional() {
            MessageSettingsCommand command = MessageSettingsCommand.of(List.of("REASON"), " ", null, null, null, null);

            assertThat(command.transferRules().availability()).isEqualTo(TransferAvailability.NEVER);
            assertThat(command.settings().hasNotificationChannel()).isFalse();
            assertThat(command.settings().urgentKeywords()).isEmpty();
        }

        @Test
        void namesEveryBadField() {
            assertFields(() -> MessageSettingsCommand.of(List.of("CALLER_NAME", "SHOE_SIZE"), "not-an-email", null, null,
                    "SOMETIMES", null), "fieldsToCollect[1]", "notificationEmail", "transferWhen");
            assertFields(() -> MessageSettingsCommand.of(List.of(), null, null, null, null, null), "fieldsToCollect");
        }

        @Test
        void aTransferPolicyNeedsANumberAndKeywordsMustNotBeBlank() {
            assertFields(() -> MessageSettingsCommand.of(List.of("REASON"), null, null, null, "ALWAYS", List.of("ok", " ")),
                    "urgentKeywords[1]", "transferNumber");
        }
    }

    @Nested
    class ConfigureAgent {
        @Test
        void checksOnlyTheGivenFieldsAndKnowsWhichStepsItTouches() {
            ConfigureAgentCommand voiceOnly = new ConfigureAgentCommand(null, null, Optional.of("sage"), null, null,
                    null, null, null);

            assertThat(voiceOnly.steps()).containsExactly(SetupStep.GREETING_AND_VOICE);
            assertThat(new ConfigureAgentCommand(null, null, null, null, null, null,
                    Optional.of(FaqsCommand.of(List.of())), null).steps()).containsExactly(SetupStep.FAQS);
            assertFields(() -> new ConfigureAgentCommand(Optional.of(""), null, Optional.of("robot"), null, null,
                    null, null, null), "agentName", "voice");
        }

        @Test
        void namesNestedFieldsUnderTheirPart() {
            ConfigureAgentCommand withHours = ConfigureAgentCommand.replacing(
                    new GreetingAndVoiceCommand("Ava", "Hi", "marin", "en-US", ""),
                    HoursCommand.of(null, Map.of(), null, "TAKE_MESSAGE"), FaqsCommand.of(List.of()),
                    MessageSettingsCommand.of(List.of("REASON"), null, null, null, null, null));

            assertThat(withHours.steps()).containsExactly(SetupStep.GREETING_AND_VOICE, SetupStep.HOURS,
                    SetupStep.FAQS, SetupStep.MESSAGE_SETTINGS);
            assertThat(withHours.fieldFor("afterHoursAction")).isEqualTo("hours.afterHours");
            assertThat(withHours.fieldFor("hours.monday[0]")).isEqualTo("hours.weekly.monday[0]");
            assertThat(withHours.fieldFor("transferRules.number")).isEqualTo("messageSettings.transferNumber");
            assertThat(withHours.fieldFor("messageSettings.urgentKeywords[0]"))
                    .isEqualTo("messageSettings.urgentKeywords[0]");
            assertThat(withHours.fieldFor("faqs[3].question")).isEqualTo("faqs[3].question");
        }
    }

    private static List<FaqsCommand.Entry> faqEntries(int count) {
        List<FaqsCommand.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(new FaqsCommand.Entry("Question number " + i + "?", "Answer " + i + "."));
        }
        return entries;
    }

    private static void assertFields(ThrowingCallable building, String... fields) {
        assertThatThrownBy(building).isInstanceOfSatisfying(InvalidCommandException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }
}
