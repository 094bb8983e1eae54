package io.jenkins.plugins.patchworkci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

    @Override
    public void run() {
        // No subcommand: show the usage, as git does.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every subcommand, so tests run exactly what users run. */
    public static CommandLine commandLine() {
        return new CommandLine(new Pwci());
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
