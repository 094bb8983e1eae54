package io.jenkins.plugins.patchworkci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code pwci} command. Subcommands are registered here as their issues land;
 * each lives in its own class in this package.
 */
@Command(
        name = "pwci",
        mixinStandardHelpOptions = true,
        versionProvider = Pwci.VersionProvider.class,
        description = "Continuous integration for patch series posted to mailing lists.",
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, AmCommand.class, MailinfoCommand.class,
                MailsplitCommand.class, SeriesCommand.class, ApplyCommand.class, CheckCommand.class, RunCommand.class,
                ConfigCommand.class})
public final class Pwci implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Inherited: given before or after the subcommand's name, `pwci --debug am x` or `pwci am x --debug`.
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, print the stack trace after the one-line reason.")
    boolean debug;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the work on the way: each retry of a server, with its reason.")
    boolean verbose;

    @Override
    public void run() {
        // No subcommand: show the usage, as git does.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with every subcommand, so tests run exactly what users run: failures
     * reported by {@link ErrorReport}, the engine's log shown only with {@code --verbose}.
     */
    public static CommandLine commandLine() {
        Pwci pwci = new Pwci();
        CommandLine cmd = new CommandLine(pwci);
        cmd.setExecutionExceptionHandler(new ErrorReport(() -> pwci.debug));
        cmd.setExecutionStrategy(parsed -> {
            ConsoleLogging.configure(pwci.verbose, cmd.getErr());
            return new CommandLine.RunLast().execute(parsed);
        });
        return cmd;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version comes from the build (a filtered resource), never from a hand-kept string. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Pwci.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"pwci " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
