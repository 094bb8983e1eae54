package io.jenkins.plugins.patchworkci.cli;

/** Arguments that name nothing usable (exit 2); the message says what was wrong and what would do. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
