package ai.tavari.adapters.telephony.webhook;

import ai.tavari.application.validation.FieldError;
import java.util.List;
import java.util.Objects;

/** What a webhook delivery is answered with. */
public sealed interface WebhookAnswer {

    int status();

    /** 200 with a JSON body: a decision, {@code {"ok":true}} or {@code {"duplicate":true}}. */
    record Accepted(String json) implements WebhookAnswer {
        public Accepted {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public int status() {
            return 200;
        }
    }

    /** An RFC 9457 problem ({@code type} is {@code /problems/<slug>}). */
    record Refused(int status, String slug, String title, String detail, List<FieldError> errors)
            implements WebhookAnswer {
        public Refused {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(detail, "detail");
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        static Refused of(int status, String slug, String title, String detail) {
            return new Refused(status, slug, title, detail, List.of());
        }
    }
}
