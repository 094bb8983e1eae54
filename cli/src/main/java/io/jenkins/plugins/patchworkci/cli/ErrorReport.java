package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.run.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What every command does with a failure it did not handle itself: one line on standard error,
 * {@code pwci COMMAND: what went wrong}, naming the file, message, patch or host, and the exit code
 * docs/cli.md gives (git's 128 for the git look-alikes). The stack trace only with {@code --debug}.
 * The one place where an exception becomes words, so every command reads the same.
 */
final class ErrorReport implements IExecutionExceptionHandler {

    /** git's commands of the same names: they die with git's exit code. */
    static final Set<String> GIT_LOOKALIKES = Set.of("am", "mailinfo", "mailsplit");

    /** git's {@code die()}. */
    static final int GIT_FATAL = 128;

    private final BooleanSupplier debug;

    ErrorReport(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        cmd.getOut().flush();
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        boolean git = GIT_LOOKALIKES.contains(cmd.getCommandName());
        int code;
        String reason;
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
            code = 130;
        } else if (e instanceof UsageException || e instanceof ConfigException || e instanceof IllegalArgumentException) {
            // IllegalArgumentException: the engine's word for input it cannot take (a URL that is not one)
            reason = e.getMessage();
            code = ExitCode.USAGE;
        } else if (e instanceof IOException io) {
            reason = describe(io);
            code = ExitCode.SOURCE;
        } else {
            reason = "internal error: " + e + (debug.getAsBoolean() ? "" : " (run with --debug for the stack trace)");
            code = ExitCode.INTERNAL;
        }
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(reason));
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return git && code != 130 ? GIT_FATAL : code;
    }

    /** The reason in words: a file error names the file, a refused connection has no message of its own. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof ConnectException ? "cannot connect (" + e + ")" : e.toString();
    }

    /** Messages quote mail and server answers; the report stays one line. */
    private static String oneLine(String s) {
        return s == null ? "(no message)" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
