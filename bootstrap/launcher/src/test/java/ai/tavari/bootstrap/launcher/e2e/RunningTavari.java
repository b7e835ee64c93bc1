package ai.tavari.bootstrap.launcher.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for end-to-end tests against the real launcher: starts
 * {@code java -jar target/tavari.jar} once per test JVM (free port, temporary home, embedded
 * PostgreSQL), shares it between all test classes that use the extension, and stops it when the
 * test run ends (the server lives in the root {@link ExtensionContext.Store}, which closes it).
 *
 * <pre>{@code
 * @ExtendWith(RunningTavari.class)
 * class LoginIT {
 *     @Test
 *     void logsIn(TavariServer tavari) {                 // parameter injection, or
 *         URI login = tavari.baseUri().resolve("api/auth/login");
 *         URI same = RunningTavari.server().baseUri();   // the static accessor
 *     }
 * }
 * }</pre>
 *
 * Name such classes {@code *IT} so failsafe runs them after the jar is packaged
 * ({@code ./mvnw verify}). If the server does not start, every test using it fails with the tail
 * of its output; the full output is in {@code target/e2e/}.
 */
public final class RunningTavari implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningTavari.class);
    private static volatile TavariServer current;

    /** The running server; only valid in tests of a class extended with {@code RunningTavari}. */
    public static TavariServer server() {
        TavariServer server = current;
        if (server == null) {
            throw new IllegalStateException("Tavari is not running: annotate the test class with @ExtendWith(RunningTavari.class)");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TavariServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static TavariServer server(ExtensionContext context) {
        // The root store is shared by all test classes and closed (AutoCloseable) when the run ends.
        // A failed start is cached too, so later classes fail fast with the same message.
        Started started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> Started.attempt(), Started.class);
        current = started.server();
        return current;
    }

    /** The outcome of the one start attempt per test JVM. */
    private record Started(TavariServer server, RuntimeException failure) implements AutoCloseable {
        static Started attempt() {
            try {
                return new Started(TavariServer.start(), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        @Override
        public TavariServer server() {
            if (failure != null) {
                throw failure;
            }
            return server;
        }

        @Override
        public void close() {
            current = null;
            if (server != null) {
                server.close();
            }
        }
    }
}
