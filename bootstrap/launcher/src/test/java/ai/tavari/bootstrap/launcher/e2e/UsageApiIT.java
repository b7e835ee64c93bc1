package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Minutes used against the configured default plan (the 30-minute trial, calendar months in the business's
 * time zone, America/New_York for a new business) and the monthly and daily history.
 */
@ExtendWith(RunningTavari.class)
class UsageApiIT {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static OwnerApi api;
    private static OwnerRows rows;

    @BeforeAll
    static void connect(TavariServer server) throws SQLException {
        api = new OwnerApi(server);
        rows = new OwnerRows(server);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        rows.close();
    }

    @Test
    void aNewBusinessHasUsedNothingOfTheDefaultPlan() {
        Owner owner = api.signUp("Fresh Start");

        Answer answer = owner.get("api/usage/status");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject status = answer.object();
        JsonObject plan = status.getJsonObject("plan");
        assertThat(plan.getString("code")).isEqualTo("trial");
        assertThat(plan.getString("name")).isEqualTo("Free trial");
        assertThat(plan.getInt("includedMinutes")).isEqualTo(30);
        assertThat(plan.getString("monthlyPrice")).isEqualTo("0.00");
        assertThat(plan.getString("currency")).isEqualTo("USD");
        YearMonth month = YearMonth.now(NEW_YORK);
        assertThat(status.getString("periodStart")).isEqualTo(month.atDay(1).atStartOfDay(NEW_YORK).toInstant().toString());
        assertThat(status.getString("periodEnd"))
                .isEqualTo(month.plusMonths(1).atDay(1).atStartOfDay(NEW_YORK).toInstant().toString());
        assertThat(status.getString("timeZone")).isEqualTo("America/New_York");
        assertThat(status.getInt("minutesIncluded")).isEqualTo(30);
        assertThat(status.getInt("minutesUsed")).isZero();
        assertThat(status.getInt("minutesRemaining")).isEqualTo(30);
        assertThat(status.getInt("percentUsed")).isZero();
        assertThat(status.getInt("callsThisPeriod")).isZero();
        assertThat(status.getString("state")).isEqualTo("OK");
    }

    @Test
    void theStateTurnsToWarningAtEightyPercentAndToLimitReachedAtOneHundred() throws Exception {
        Owner owner = api.signUp("Busy Line");
        Instant now = Instant.now().minusSeconds(10);
        YearMonth month = YearMonth.now(NEW_YORK);
        Instant lastMonth = month.atDay(1).atStartOfDay(NEW_YORK).toInstant().minusSeconds(86_400);
        metered(owner, lastMonth, 50);

        metered(owner, now, 23);
        assertThat(status(owner)).containsExactly(23, 7, 76, 1, "OK");

        metered(owner, now, 1);
        assertThat(status(owner)).containsExactly(24, 6, 80, 2, "WARNING");

        metered(owner, now, 5);
        assertThat(status(owner)).containsExactly(29, 1, 96, 3, "WARNING");

        metered(owner, now, 1);
        assertThat(status(owner)).containsExactly(30, 0, 100, 4, "LIMIT_REACHED");

        metered(owner, now, 3);
        assertThat(status(owner)).containsExactly(33, 0, 110, 5, "LIMIT_REACHED");
    }

    @Test
    void monthlyHistoryEndsWithTheCurrentMonthAndListsEveryDayOfThePeriod() throws Exception {
        Owner owner = api.signUp("Chart Maker");
        Instant now = Instant.now().minusSeconds(10);
        YearMonth month = YearMonth.now(NEW_YORK);
        Instant lastMonth = month.atDay(1).atStartOfDay(NEW_YORK).toInstant().minusSeconds(86_400);
        metered(owner, lastMonth, 7);
        metered(owner, now, 3);
        metered(owner, now, 2);

        Answer answer = owner.get("api/usage/monthly");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject history = answer.object();
        assertThat(history.getString("timeZone")).isEqualTo("America/New_York");
        List<JsonObject> months = history.getJsonArray("months").getValuesAs(JsonObject.class);
        assertThat(months).hasSize(12);
        assertThat(months).extracting(m -> m.getString("month"))
                .startsWith(month.minusMonths(11).toString()).endsWith(month.minusMonths(1).toString(), month.toString());
        JsonObject current = months.get(11);
        assertThat(current.getInt("minutes")).isEqualTo(5);
        assertThat(current.getInt("calls")).isEqualTo(2);
        assertThat(current.getString("start")).isEqualTo(month.atDay(1).atStartOfDay(NEW_YORK).toInstant().toString());
        assertThat(months.get(10).getInt("minutes")).isEqualTo(7);
        assertThat(months.get(10).getInt("calls")).isEqualTo(1);
        assertThat(months.subList(0, 10)).allSatisfy(m -> assertThat(m.getInt("minutes")).isZero());

        JsonObject period = history.getJsonObject("currentPeriod");
        assertThat(period.getInt("minutesIncluded")).isEqualTo(30);
        assertThat(period.getInt("minutesUsed")).isEqualTo(5);
        List<JsonObject> days = period.getJsonArray("days").getValuesAs(JsonObject.class);
        assertThat(days).hasSize(month.lengthOfMonth());
        assertThat(days.get(0).getString("date")).isEqualTo(month.atDay(1).toString());
        LocalDate today = LocalDate.ofInstant(now, NEW_YORK);
        JsonObject todays = days.get(today.getDayOfMonth() - 1);
        assertThat(todays.getString("date")).isEqualTo(today.toString());
        assertThat(todays.getInt("minutes")).isEqualTo(5);
        assertThat(todays.getInt("cumulativeMinutes")).isEqualTo(5);
        assertThat(days.get(days.size() - 1).getInt("cumulativeMinutes")).isEqualTo(5);

        assertThat(owner.get("api/usage/monthly?months=3").object().getJsonArray("months")).hasSize(3);
        assertThat(owner.get("api/usage/monthly?months=24").object().getJsonArray("months")).hasSize(24);
        for (String bad : List.of("0", "25", "many")) {
            assertThat(CallsApiIT.badRequest(owner, "api/usage/monthly?months=" + bad)).containsExactly("months");
        }
    }

    /** A call whose minutes were metered at {@code at}. */
    private static void metered(Owner owner, Instant at, int minutes) throws SQLException {
        UUID call = rows.call(owner.businessId(), at).seconds(minutes * 60).insert();
        rows.usage(owner.businessId(), call, minutes, minutes * 60, at);
    }

    /** minutesUsed, minutesRemaining, percentUsed, callsThisPeriod, state. */
    private static List<Object> status(Owner owner) {
        JsonObject status = owner.get("api/usage/status").object();
        return List.of(status.getInt("minutesUsed"), status.getInt("minutesRemaining"), status.getInt("percentUsed"),
                status.getInt("callsThisPeriod"), status.getString("state"));
    }
}
