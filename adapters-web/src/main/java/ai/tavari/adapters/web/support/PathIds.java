package ai.tavari.adapters.web.support;

import ai.tavari.application.port.in.NotFoundException;
import java.util.function.Function;

/** Ids from request paths. */
public final class PathIds {
    private PathIds() {
    }

    /** An id that is not even well formed names nothing of this business either: 404, like an unknown one. */
    public static <T> T parse(String id, Function<String, T> parser, String what) {
        try {
            return parser.apply(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException(what);
        }
    }
}
