package ai.tavari.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isTrimmedAndLowerCased() {
        assertThat(EmailAddress.of("  Owner@Bellas-Salon.Example ")).isEqualTo(EmailAddress.of("owner@bellas-salon.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "owner@", "@example.com", "owner@example", "a b@example.com", " "})
    void rejectsMalformedAddresses(String value) {
        assertThatThrownBy(() -> EmailAddress.of(value)).extracting("field").isEqualTo("email");
    }
}
