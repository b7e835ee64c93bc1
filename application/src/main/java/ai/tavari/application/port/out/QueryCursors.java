package ai.tavari.application.port.out;

/** Cursor checks shared by the list queries. */
final class QueryCursors {
    private QueryCursors() {
    }

    static boolean isValid(String token) {
        try {
            PageCursor.decode(token);
            return true;
        } catch (IllegalArgumentException notACursor) {
            return false;
        }
    }
}
