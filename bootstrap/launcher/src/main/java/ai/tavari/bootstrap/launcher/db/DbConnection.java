package ai.tavari.bootstrap.launcher.db;

import java.util.Optional;
import java.util.regex.Pattern;

/** Where the application's database is and how to log in. */
public record DbConnection(String url, String user, Optional<String> password) {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    /** The URL with any password parameter masked, for messages. */
    public String displayUrl() {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "DbConnection[" + displayUrl() + ", user=" + user + "]";
    }
}
