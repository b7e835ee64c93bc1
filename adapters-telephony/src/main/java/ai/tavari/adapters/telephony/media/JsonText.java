package ai.tavari.adapters.telephony.media;

/** Writes a JSON string literal; base64 audio has nothing to escape, so the common case is a plain copy. */
final class JsonText {
    private JsonText() {
    }

    static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        if (nothingToEscape(text)) {
            // the hot path (every agent audio frame): one bulk copy instead of a switch per character
            return json.append(text).append('"');
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static boolean nothingToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
