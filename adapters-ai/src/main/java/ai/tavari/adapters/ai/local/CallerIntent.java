package ai.tavari.adapters.ai.local;

import java.util.List;
import java.util.Locale;

/** What a caller's sentence asks for, by keywords; the first rule that matches wins. */
enum CallerIntent {
    GOODBYE(List.of("bye", "goodbye", "that's all", "that is all", "hang up", "nothing else")),
    TRANSFER(List.of("speak to", "talk to", "real person", "human", "transfer", "operator", "representative",
            "put me through")),
    MESSAGE(List.of("message", "call me back", "call back", "callback", "get back to me", "leave a note")),
    HOURS(List.of("hour", "open", "close", "closing", "opening", "weekend", "holiday")),
    QUESTION(List.of());

    private final List<String> keywords;

    CallerIntent(List<String> keywords) {
        this.keywords = keywords;
    }

    static CallerIntent of(String text) {
        String normalized = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ") + " ";
        for (CallerIntent intent : values()) {
            if (intent.keywords.stream().anyMatch(keyword -> matches(normalized, keyword))) {
                return intent;
            }
        }
        return QUESTION;
    }

    /** Whole words only: "bye" must not fire inside "byelaw", "open" may start "opening". */
    private static boolean matches(String normalized, String keyword) {
        int at = normalized.indexOf(keyword);
        while (at >= 0) {
            boolean startsWord = normalized.charAt(at - 1) == ' ';
            boolean multiWord = keyword.indexOf(' ') >= 0;
            char after = normalized.charAt(at + keyword.length());
            if (startsWord && (multiWord || after == ' ' || after == 's' || keyword.length() >= 4)) {
                return true;
            }
            at = normalized.indexOf(keyword, at + 1);
        }
        return false;
    }
}
