package io.jenkins.plugins.patchworkci.cli;

/**
 * The exit codes every {@code pwci} command shares (documented in {@code docs/cli.md}). The git
 * look-alikes ({@code am}, {@code mailinfo}, {@code mailsplit}) keep git's codes instead.
 */
final class ExitCode {

    /** Everything worked, and every series applied and passed. */
    static final int OK = 0;
    /** The command ran, but a series did not apply, a check failed, or problems were seen. */
    static final int FAILED = 1;
    /** A usage or configuration error: nothing was done. */
    static final int USAGE = 2;
    /** A source could not be read: the network, a server, or a missing file. */
    static final int SOURCE = 3;
    /** pwci itself failed (a bug): one line, and the stack trace with --debug to report it. */
    static final int INTERNAL = 4;

    private ExitCode() {}
}
