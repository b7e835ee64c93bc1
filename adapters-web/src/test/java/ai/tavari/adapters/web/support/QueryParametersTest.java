package ai.tavari.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.port.in.TimeBound;
import ai.tavari.application.port.out.PageCursor;
import ai.tavari.application.validation.FieldError;
import ai.tavari.application.validation.InvalidCommandException;
import ai.tavari.domain.call.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    private final QueryParameters parameters = new QueryParameters();

    @Test
    void absentParametersAreUnsetAndTheLimitDefaults() {
        assertThat(parameters.limit(null, 25, 100)).isEqualTo(25);
        assertThat(parameters.limit(" ", 25, 100)).isEqualTo(25);
        assertThat(parameters.time("from", null)).isEmpty();
        assertThat(parameters.choice("outcome", "", Outcome.class)).isEmpty();
        assertThat(parameters.flag("hasMessage", null)).isEmpty();
        assertThat(parameters.cursor(null)).isEmpty();
        parameters.throwIfInvalid();
    }

    @Test
    void aLimitAboveTheMaximumIsCapped() {
        assertThat(parameters.limit("1000", 25, 100)).isEqualTo(100);
        assertThat(parameters.limit("99999999999999", 25, 100)).isEqualTo(100);
        assertThat(parameters.limit("7", 25, 100)).isEqualTo(7);
        parameters.throwIfInvalid();
    }

    @Test
    void readsInstantsOffsetsAndDays() {
        assertThat(parameters.time("from", "2026-11-01T09:00:00Z")).contains(TimeBound.at(Instant.parse("2026-11-01T09:00:00Z")));
        assertThat(parameters.time("from", "2026-11-01T10:00:00+01:00")).contains(TimeBound.at(Instant.parse("2026-11-01T09:00:00Z")));
        assertThat(parameters.time("from", "2026-11-01T10:00:00 01:00")).contains(TimeBound.at(Instant.parse("2026-11-01T09:00:00Z")));
        assertThat(parameters.time("to", "2026-11-01")).contains(TimeBound.on(LocalDate.parse("2026-11-01")));
        parameters.throwIfInvalid();
    }

    @Test
    void readsChoicesInAnyCase() {
        assertThat(parameters.choice("outcome", "message-taken", Outcome.class)).contains(Outcome.MESSAGE_TAKEN);
        assertThat(parameters.choice("outcome", "Completed", Outcome.class)).contains(Outcome.COMPLETED);
        assertThat(parameters.flag("unread", "TRUE")).contains(true);
        assertThat(parameters.cursor(new PageCursor(Instant.EPOCH, UUID.randomUUID()).encode())).isPresent();
        parameters.throwIfInvalid();
    }

    @Test
    void everyBadParameterIsReportedAtOnceUnderItsOwnName() {
        parameters.limit("0", 25, 100);
        parameters.time("from", "yesterday");
        parameters.time("to", "2026-13-01");
        parameters.choice("outcome", "WON", Outcome.class);
        parameters.flag("hasMessage", "yes");
        parameters.cursor("not-a-cursor");
        parameters.wholeNumber("months", "100", 12, 1, 24);

        assertThatThrownBy(parameters::throwIfInvalid).isInstanceOfSatisfying(InvalidCommandException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field)
                    .containsExactly("limit", "from", "to", "outcome", "hasMessage", "cursor", "months");
            assertThat(e.errors().get(3).message()).contains("MESSAGE_TAKEN");
        });
    }

    @Test
    void aLimitThatIsNotANumberIsAnError() {
        assertThat(parameters.limit("ten", 25, 100)).isEqualTo(25);
        assertThatThrownBy(parameters::throwIfInvalid).isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("limit");
    }
}
