package ai.tavari.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.application.port.out.BusinessRepository;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link BusinessNumbers} store must do; run against the in-memory fake and the real adapter. */
public abstract class BusinessNumbersContract {
    protected static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");

    protected abstract BusinessNumbers numbers();

    protected abstract BusinessRepository businesses();

    @Test
    void findsTheBusinessByItsNumberAndTheNumberByItsBusiness() {
        BusinessId business = business();
        PhoneNumber number = freshNumber();

        assertThat(numbers().assign(business, number, T0)).isTrue();

        assertThat(numbers().businessFor(number)).contains(business);
        assertThat(numbers().numberOf(business)).contains(number);
        assertThat(numbers().businessFor(freshNumber())).isEmpty();
        assertThat(numbers().numberOf(business())).isEmpty();
    }

    @Test
    void aNumberNeverReachesTwoBusinessesAndABusinessKeepsItsNumber() {
        BusinessId first = business();
        BusinessId second = business();
        PhoneNumber number = freshNumber();
        PhoneNumber other = freshNumber();
        numbers().assign(first, number, T0);

        assertThat(numbers().assign(second, number, T0)).isFalse();
        assertThat(numbers().assign(first, other, T0)).isFalse();
        assertThat(numbers().assign(first, number, T0.plusSeconds(5))).isTrue();

        assertThat(numbers().businessFor(number)).contains(first);
        assertThat(numbers().numberOf(first)).contains(number);
        assertThat(numbers().numberOf(second)).isEmpty();
        assertThat(numbers().businessFor(other)).isEmpty();
    }

    @Test
    void anUnassignedNumberReachesNobodyAndCanGoToAnotherBusiness() {
        BusinessId first = business();
        BusinessId second = business();
        PhoneNumber number = freshNumber();
        numbers().assign(first, number, T0);

        numbers().unassign(second, number);
        numbers().unassign(first, freshNumber());
        assertThat(numbers().businessFor(number)).as("only the business's own number is taken away").contains(first);

        numbers().unassign(first, number);

        assertThat(numbers().businessFor(number)).isEmpty();
        assertThat(numbers().numberOf(first)).isEmpty();
        assertThat(numbers().assign(second, number, T0.plusSeconds(60))).isTrue();
        assertThat(numbers().businessFor(number)).contains(second);
    }

    private BusinessId business() {
        Business business = Business.signedUp(BusinessId.newId(), "Number Shop", T0.minusSeconds(86_400));
        businesses().add(business);
        return business.id();
    }

    private static PhoneNumber freshNumber() {
        return PhoneNumber.of("+1312" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
    }
}
