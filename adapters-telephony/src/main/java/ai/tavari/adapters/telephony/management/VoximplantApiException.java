package ai.tavari.adapters.telephony.management;

import java.util.OptionalInt;

/**
 * A Management API request that did not succeed. Temporary: no answer, a server error (5xx) or
 * too many requests (429), with or without an error body, where the request may or may not have
 * taken effect. Otherwise Voximplant refused it ({@code {"error":{"code","msg"}}}).
 */
public class VoximplantApiException extends RuntimeException {
    private final String method;
    private final int httpStatus;
    private final OptionalInt code;
    private final boolean temporary;

    VoximplantApiException(String method, String message, int httpStatus, OptionalInt code, boolean temporary,
                           Throwable cause) {
        super(method + ": " + message, cause);
        this.method = method;
        this.httpStatus = httpStatus;
        this.code = code;
        this.temporary = temporary;
    }

    public String method() {
        return method;
    }

    /** The HTTP status, 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Voximplant's error code, when the answer had one. */
    public OptionalInt code() {
        return code;
    }

    public boolean isTemporary() {
        return temporary;
    }
}
