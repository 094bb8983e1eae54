package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.run.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code pwci} command with the shared exit codes: commands implement {@link #execute()} and
 * throw what went wrong; {@link ErrorReport} maps it to one line and an {@link ExitCode}.
 */
abstract class PwciCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Runs the command; what it throws is reported by {@link ErrorReport}, the one place for that. */
    @Override
    public final Integer call() throws Exception {
        try {
            return execute();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Does the work and returns {@link ExitCode#OK} or {@link ExitCode#FAILED}. */
    protected abstract int execute() throws UsageException, ConfigException, IOException, InterruptedException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
