package ai.tavari.bootstrap.launcher;

/**
 * A failure the user can act on. The message is printed as one line on stderr (prefixed with
 * {@code tavari: }); the stack trace only with {@code TAVARI_DEBUG=true}.
 */
public class LauncherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for bad usage (unknown subcommand or option). */
    public static final int USAGE = 2;

    private final int exitCode;

    public LauncherException(String message) {
        this(message, null, 1);
    }

    public LauncherException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    public LauncherException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
