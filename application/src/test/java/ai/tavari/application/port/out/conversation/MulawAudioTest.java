package ai.tavari.application.port.out.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class MulawAudioTest {

    @Test
    void twentyMillisecondsIsOneHundredSixtyBytesAndTwoHundredSixteenCharacters() {
        String frame = Base64.getEncoder().encodeToString(new byte[160]);
        assertThat(frame).hasSize(216);
        assertThat(new MulawAudio(frame).durationMillis()).isEqualTo(20);
    }

    @Test
    void durationAccountsForPadding() {
        assertThat(new MulawAudio(Base64.getEncoder().encodeToString(new byte[161])).durationMillis()).isEqualTo(20);
        assertThat(new MulawAudio(Base64.getEncoder().encodeToString(new byte[8 * 250])).durationMillis()).isEqualTo(250);
        assertThat(new MulawAudio("").durationMillis()).isZero();
    }
}
