package ai.tavari.adapters.web.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.in.setup.BusinessInfoCommand;
import ai.tavari.application.port.in.setup.ConfigureAgentCommand;
import ai.tavari.application.port.in.setup.MessageSettingsCommand;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Request bodies to commands: phone numbers read in the owner's country, and every field error
 * under its JSON path. The constraint annotations are checked by the container's validator,
 * left out here.
 */
class SetupCommandsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final SetupCommands commands = new SetupCommands(new NoConstraints());
    private final Business newYork = Business.signedUp(BusinessId.newId(), "Bella Hair", NOW);

    @Test
    void readsALocalNumberInTheCountryTheOwnerNames() {
        BusinessInfoCommand command = commands.businessInfo(
                new BusinessInfoRequest("Bella Hair", "(415) 555-0123", "us", "Europe/Berlin", null, null), newYork);

        assertThat(command.phone()).isEqualTo(PhoneNumber.of("+14155550123"));
        assertThat(command.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void withoutACountryReadsItInTheCountryOfTheNewTimeZone() {
        assertThat(commands.businessInfo(new BusinessInfoRequest("Bella", "030 1234567", null, "Europe/Berlin", null, null),
                newYork).phone()).isEqualTo(PhoneNumber.of("+49301234567"));
        assertThat(commands.businessInfo(new BusinessInfoRequest("Bella", "020 7946 0958", null, "Europe/London", null, null),
                newYork).phone()).isEqualTo(PhoneNumber.of("+442079460958"));
        assertThat(commands.businessInfo(new BusinessInfoRequest("Bella", "(415) 555-0123", null, "US/Pacific", null, null),
                newYork).phone()).isEqualTo(PhoneNumber.of("+14155550123"));
    }

    @Test
    void aNumberWithItsCountryCodeNeedsNoCountry() {
        assertThat(commands.businessInfo(new BusinessInfoRequest("Bella", "+44 20 7946 0958", null, "Etc/UTC", null, null),
                newYork).phone()).isEqualTo(PhoneNumber.of("+442079460958"));
    }

    @Test
    void reportsUnreadableNumbersWithTheCommandsOwnErrorsOncePerField() {
        assertFields(() -> commands.businessInfo(new BusinessInfoRequest(" ", "12345", "US", "Mars/Base", null, null),
                newYork), "name", "phone", "timeZone");
        assertFields(() -> commands.businessInfo(new BusinessInfoRequest("Bella", "415 555 0123", "XX", "Etc/UTC", null, null),
                newYork), "country");
    }

    @Test
    void messageSettingsReadNumbersInTheBusinesssCountry() {
        Business berlin = new Business(newYork.id(), newYork.name(), Optional.empty(), ZoneId.of("Europe/Berlin"),
                Optional.empty(), Optional.empty(), newYork.status(), NOW);

        MessageSettingsCommand command = commands.messageSettings(new MessageSettingsRequest(List.of("REASON"), null,
                "0151 12345678", "030 1234567", "ALWAYS", null, null), berlin);

        assertThat(command.settings().smsNumber()).contains(PhoneNumber.of("+4915112345678"));
        assertThat(command.transferRules().number()).contains(PhoneNumber.of("+49301234567"));
    }

    @Test
    void aTransferNumberThatCannotBeReadIsNotAlsoMissing() {
        assertFields(() -> commands.messageSettings(new MessageSettingsRequest(List.of("REASON"), null, null,
                "not a number", "ALWAYS", null, null), newYork), "transferNumber");
    }

    @Test
    void namesNestedFieldsOfTheAgentByTheirPath() {
        AgentRequest body = new AgentRequest("Mia", "Hi", "robot", "en-US", null,
                new HoursRequest(null, new WeeklyHoursRequest(List.of(new OpeningRequest("09:00", "25:00")), null, null,
                        null, null, null, null), null, "TAKE_MESSAGE"),
                List.of(new FaqRequest("Parking?", "Yes."), new FaqRequest("parking", "No.")),
                new MessageSettingsRequest(List.of("REASON"), null, "12", null, null, null, null), true, "ignored");

        assertFields(() -> commands.replacement(body, newYork),
                "voice", "hours.weekly.monday[0].closes", "faqs[1].question", "messageSettings.smsNumber");
    }

    @Test
    void aReplacementNeedsEveryPart() {
        assertFields(() -> commands.replacement(new AgentRequest("Mia", "Hi", "sage", "en-US", null, null, null, null,
                null, null), newYork), "hours", "faqs", "messageSettings");
    }

    @Test
    void aChangeCarriesOnlyWhatIsGiven() {
        ConfigureAgentCommand change = commands.changes(new AgentChangesRequest(null, null, "sage", null, null,
                new HoursRequest("America/Denver", new WeeklyHoursRequest(null, null, null, null, null,
                        List.of(new OpeningRequest("10:00", "14:00")), null), null, "HOURS_ONLY"),
                null, null, null, null), newYork);

        assertThat(change.voice()).contains("sage");
        assertThat(change.agentName()).isEmpty();
        assertThat(change.faqs()).isEmpty();
        assertThat(change.hours().orElseThrow().schedule().intervalsOn(DayOfWeek.SATURDAY)).hasSize(1);
    }

    @Test
    void aMissingBodyIsAnErrorOfTheBody() {
        assertFields(() -> commands.faqs(null), "body");
        assertFields(() -> commands.changes(null, newYork), "body");
    }

    private static void assertFields(ThrowingCallable conversion, String... fields) {
        assertThatThrownBy(conversion).isInstanceOfSatisfying(InvalidCommandException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }

    /** The bodies in these tests break no annotation; the container's validator checks those. */
    private static final class NoConstraints implements Validator {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                                                             Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    }
}
