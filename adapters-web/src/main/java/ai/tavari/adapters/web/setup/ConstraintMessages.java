package ai.tavari.adapters.web.setup;

/** The request bodies' constraint messages, in the words the commands use for the same rules. */
final class ConstraintMessages {
    static final String MAX_LENGTH = "must be at most {max} characters";
    static final String MAX_ENTRIES = "must have at most {max} entries";

    private ConstraintMessages() {
    }
}
