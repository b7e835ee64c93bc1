package ai.tavari.adapters.web.setup;

import ai.tavari.domain.agent.Faq;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"question", "answer"})
public record FaqView(String question, String answer) {
    static FaqView of(Faq faq) {
        return new FaqView(faq.question(), faq.answer());
    }
}
