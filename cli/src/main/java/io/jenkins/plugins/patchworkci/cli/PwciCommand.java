package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.run.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code pwci} command with the shared exit codes: {@link #call()} is final and maps what went
 * wrong to {@link ExitCode} in one place; commands implement {@link #execute()}.
 */
abstract class PwciCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws InterruptedException {
        try {
            return execute();
        } catch (UsageException | ConfigException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            // the engine's word for input it cannot take: a URL that is not one, a malformed name
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err().println(spec.qualifiedName() + ": " + describe(e));
            return ExitCode.SOURCE;
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** The reason in words; a refused connection has no message of its own. */
    static String describe(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof java.net.ConnectException ? "cannot connect (" + e + ")" : e.toString();
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
