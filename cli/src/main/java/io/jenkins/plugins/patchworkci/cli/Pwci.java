package io.jenkins.plugins.patchworkci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code pwci} command. Each subcommand lives in its own class in this package and
 * is listed in {@link #SUBCOMMANDS}.
 */
@Command(
        name = "pwci",
        mixinStandardHelpOptions = true,
        versionProvider = Pwci.VersionProvider.class,
        description = "Continuous integration for patch series posted to mailing lists.")
public final class Pwci implements Runnable {

    /** One subcommand: its class (for its name, read from the annotation) and how to make it. */
    private record Subcommand(Class<?> type, Supplier<Object> make) {
        String name() {
            return type.getAnnotation(Command.class).name();
        }
    }

    /**
     * Every subcommand, in the order the usage lists them. Registered programmatically rather than
     * in {@code @Command(subcommands = ...)} so that a run of one command builds only that one:
     * picocli instantiates every registered subcommand up front, and some of them (the service's
     * JSON mapper, the mail parser's service lookup) cost a cold JVM more than {@code pwci am}
     * on a small series does (docs/performance.md).
     */
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand(CommandLine.HelpCommand.class, CommandLine.HelpCommand::new),
            new Subcommand(DemoCommand.class, DemoCommand::new),
            new Subcommand(AmCommand.class, AmCommand::new),
            new Subcommand(MailinfoCommand.class, MailinfoCommand::new),
            new Subcommand(MailsplitCommand.class, MailsplitCommand::new),
            new Subcommand(SeriesCommand.class, SeriesCommand::new),
            new Subcommand(ApplyCommand.class, ApplyCommand::new),
            new Subcommand(CheckCommand.class, CheckCommand::new),
            new Subcommand(RunCommand.class, RunCommand::new),
            new Subcommand(ConfigCommand.class, ConfigCommand::new));

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
     * The command line with every subcommand: what {@code pwci --help} and {@code pwci help} need.
     * Tests run through {@link #commandLine(String...)}, exactly as users do.
     */
    public static CommandLine commandLine() {
        CommandLine cmd = root();
        for (Subcommand s : SUBCOMMANDS) {
            cmd.addSubcommand(s.name(), s.make().get());
        }
        return cmd;
    }

    /**
     * The command line that {@code args} needs: when the first word that is not an option names a
     * subcommand, only that one is built; with options alone ({@code --version}) none; otherwise (no
     * arguments, a misspelt subcommand, help) all of them, so usage and picocli's suggestions stay whole.
     */
    public static CommandLine commandLine(String... args) {
        String word = firstWord(args);
        if (word == null && args.length > 0 && !List.of(args).contains("-h") && !List.of(args).contains("--help")) {
            return root(); // pwci --version needs no subcommand
        }
        for (Subcommand s : SUBCOMMANDS) {
            if (s.name().equals(word) && s.type() != CommandLine.HelpCommand.class) {
                return root().addSubcommand(s.name(), s.make().get());
            }
        }
        return commandLine();
    }

    /** The top command alone: failures reported by {@link ErrorReport}, the engine's log shown only with --verbose. */
    private static CommandLine root() {
        Pwci pwci = new Pwci();
        CommandLine cmd = new CommandLine(pwci);
        cmd.setExecutionExceptionHandler(new ErrorReport(() -> pwci.debug));
        cmd.setExecutionStrategy(parsed -> {
            ConsoleLogging.configure(pwci.verbose, cmd.getErr());
            return new CommandLine.RunLast().execute(parsed);
        });
        return cmd;
    }

    private static String firstWord(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
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
