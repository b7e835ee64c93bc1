package ai.tavari.bootstrap.launcher;

import java.util.List;

/**
 * {@code java -jar tavari.jar [command]}: the one-command launcher. Errors are one
 * {@code tavari: } line on stderr and a non-zero exit code; stack traces only with
 * {@code TAVARI_DEBUG=true}.
 */
public final class Main {
    /** Loads the demo business at start-up; only for {@code run}. */
    static final String DEMO_OPTION = "--demo";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    /** What the command line asks for. */
    sealed interface Invocation {
        record Help() implements Invocation {
        }

        record Version() implements Invocation {
        }

        record Execute(Command command, List<String> arguments, boolean demo) implements Invocation {
        }
    }

    static Invocation parse(List<String> arguments) {
        boolean demo = arguments.contains(DEMO_OPTION);
        List<String> args = arguments.stream().filter(arg -> !arg.equals(DEMO_OPTION)).toList();
        Invocation invocation = parseCommand(args, demo);
        if (demo && invocation instanceof Invocation.Execute execute && !execute.command().name().equals(RunCommand.NAME)) {
            throw usageError("option '" + DEMO_OPTION + "' is only for '" + RunCommand.NAME + "'");
        }
        return invocation;
    }

    private static Invocation parseCommand(List<String> args, boolean demo) {
        if (args.isEmpty()) {
            return new Invocation.Execute(Commands.find(Commands.DEFAULT).orElseThrow(), List.of(), demo);
        }
        String first = args.get(0);
        if (isHelp(first)) {
            return new Invocation.Help();
        }
        if (first.equals("--version") || first.equals("-V") || first.equals("version")) {
            return new Invocation.Version();
        }
        if (first.startsWith("-")) {
            throw usageError("unknown option '" + first + "'");
        }
        Command command = Commands.find(first).orElseThrow(() -> usageError("unknown command '" + first + "'"));
        List<String> rest = args.subList(1, args.size());
        if (rest.stream().anyMatch(Main::isHelp)) {
            return new Invocation.Help();
        }
        if (!rest.isEmpty()) {
            throw usageError("unexpected argument '" + rest.get(0) + "' after '" + first + "'");
        }
        return new Invocation.Execute(command, rest, demo);
    }

    static int run(List<String> args) {
        Console.configure(Settings.debugRequested());
        try {
            Invocation invocation = parse(args);
            if (invocation instanceof Invocation.Help) {
                Console.out(Commands.usage().stripTrailing());
                return 0;
            }
            if (invocation instanceof Invocation.Version) {
                Console.out(Commands.version());
                return 0;
            }
            Invocation.Execute execute = (Invocation.Execute) invocation;
            Settings settings = execute.demo() ? Settings.current().withDemo() : Settings.current();
            return execute.command().execute(settings, execute.arguments());
        } catch (LauncherException e) {
            Console.error(e.getMessage(), e);
            return e.exitCode();
        } catch (Lifecycle.StoppingException e) {
            return 143; // stopped by a signal while starting
        } catch (RuntimeException | Error e) {
            Console.error("unexpected error: " + Console.firstLine(e.toString()) + (Console.debug() ? "" : " (set TAVARI_DEBUG=true for details)"), e);
            return 1;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private static LauncherException usageError(String message) {
        return new LauncherException(message + "; see java -jar tavari.jar --help", null, LauncherException.USAGE);
    }
}
