package ai.tavari.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+14155550123", "+442079460958", "+4930123456"})
    void acceptsE164(String number) {
        assertThat(PhoneNumber.of(number).toString()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4155550123", "+04155550123", "+1 415 555 0123", "+1234567", "+1234567890123456", ""})
    void rejectsAnythingElse(String number) {
        assertThatThrownBy(() -> PhoneNumber.of(number)).extracting("field").isEqualTo("phone");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PhoneNumber.of(null)).isInstanceOf(DomainValidationException.class);
    }
}
