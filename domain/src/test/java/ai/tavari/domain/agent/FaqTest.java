package ai.tavari.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.shared.DomainValidationException;
import org.junit.jupiter.api.Test;

class FaqTest {

    @Test
    void stripsText() {
        Faq faq = Faq.of("  Do you take walk-ins? ", " Yes. ");
        assertThat(faq.question()).isEqualTo("Do you take walk-ins?");
        assertThat(faq.answer()).isEqualTo("Yes.");
    }

    @Test
    void questionAndAnswerMustNotBeBlank() {
        assertThatThrownBy(() -> Faq.of(" ", "Yes")).extracting("field").isEqualTo("question");
        assertThatThrownBy(() -> Faq.of("Open?", null)).extracting("field").isEqualTo("answer");
    }

    @Test
    void lengthsAreCapped() {
        assertThat(Faq.of("q".repeat(200), "a".repeat(1000)).question()).hasSize(200);
        assertThatThrownBy(() -> Faq.of("q".repeat(201), "a")).extracting("field").isEqualTo("question");
        assertThatThrownBy(() -> Faq.of("q", "a".repeat(1001))).extracting("field").isEqualTo("answer");
    }

    @Test
    void errorsCanBeLocatedInALargerForm() {
        DomainValidationException error = new DomainValidationException("question", "must not be blank");
        DomainValidationException located = error.withFieldPrefix("faqs[2]");
        assertThat(located.field()).isEqualTo("faqs[2].question");
        assertThat(located).hasMessage("must not be blank").hasCause(error);
    }
}
