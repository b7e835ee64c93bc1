package ai.tavari.bootstrap.launcher;

import java.util.List;

/**
 * A subcommand of {@code java -jar tavari.jar}. Add new ones (billing catalogue sync, scenario
 * deploy, …) to {@link Commands#ALL}.
 */
public interface Command {
    /** The word on the command line, e.g. {@code migrate}. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @param arguments the command-line arguments after the command's name
     * @return the process exit code
     */
    int execute(Settings settings, List<String> arguments);
}
