package ai.tavari.bootstrap.launcher;

import java.util.List;
import java.util.Optional;

/** The subcommands and the usage text. */
public final class Commands {
    public static final List<Command> ALL = List.of(new RunCommand(), new MigrateCommand(), new BillingSyncCommand(),
            new VoximplantDeployCommand());
    public static final String DEFAULT = RunCommand.NAME;

    private Commands() {
    }

    public static Optional<Command> find(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static String usage() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: java -jar tavari.jar [command] [--demo]\n\n");
        text.append("Commands:\n");
        for (Command command : ALL) {
            text.append(String.format("  %-18s %s%n", command.name(), command.summary()));
        }
        text.append(String.format("  %-18s %s%n", "--help", "show this help"));
        text.append(String.format("  %-18s %s%n", "--version", "show the version"));
        text.append(String.format("  %-18s %s%n", "--demo", "with run: load the demo business (same as TAVARI_DEMO=true)"));
        text.append("\nWithout a command, 'run' is used.\n\n");
        text.append("Settings (environment variables, or -D system properties of the same name):\n");
        text.append("  TAVARI_HOME           data, runtime files and logs (default ~/.tavari)\n");
        text.append("  TAVARI_PORT           HTTP port (default 8080)\n");
        text.append("  TAVARI_DB_URL         JDBC URL of an external PostgreSQL; unset: an embedded PostgreSQL\n");
        text.append("                        is started with its data in TAVARI_HOME\n");
        text.append("  TAVARI_DB_USER        user for TAVARI_DB_URL (default tavari)\n");
        text.append("  TAVARI_DB_PASSWORD    password for TAVARI_DB_URL\n");
        text.append("  TAVARI_CLUSTER        true: let Payara Micro instances cluster (default false)\n");
        text.append("  TAVARI_JAVA_OPTS      JVM options of the application server (default ")
                .append(Settings.DEFAULT_JAVA_OPTS).append(")\n");
        text.append("  TAVARI_START_TIMEOUT  seconds to wait for the application to be ready (default ")
                .append(Settings.DEFAULT_START_TIMEOUT.toSeconds()).append(")\n");
        text.append("  TAVARI_DB_OS_USER     when run as root: the unprivileged user that runs the embedded\n");
        text.append("                        PostgreSQL (default: root in a user namespace if available, else nobody)\n");
        text.append("  TAVARI_DEBUG          true: show details and stack traces\n");
        text.append("  TAVARI_DEMO           true: load the demo business \"Bella Hair Studio (demo)\" at start-up\n");
        text.append("Other TAVARI_*, OPENAI_*, STRIPE_* and VOXIMPLANT_* variables are passed to the application;\n");
        text.append("billing-sync reads STRIPE_SECRET_KEY, STRIPE_API_BASE, STRIPE_METER_EVENT_NAME and the\n");
        text.append("TAVARI_BILLING_* plan settings itself; voximplant-deploy reads VOXIMPLANT_CREDENTIALS_FILE (or\n");
        text.append("VOXIMPLANT_ACCOUNT_ID, VOXIMPLANT_KEY_ID, VOXIMPLANT_PRIVATE_KEY), VOXIMPLANT_API_URL,\n");
        text.append("VOXIMPLANT_APPLICATION_NAME, VOXIMPLANT_RULE_NAME, VOXIMPLANT_SCENARIO_NAME, TAVARI_PUBLIC_URL and\n");
        text.append("VOXIMPLANT_WEBHOOK_SECRET.\n");
        return text.toString();
    }

    public static String version() {
        String version = Commands.class.getPackage().getImplementationVersion();
        return "tavari " + (version == null ? "(development build)" : version);
    }
}
