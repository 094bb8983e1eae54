package io.jenkins.plugins.patchworkci.mail;

/**
 * The one exception type of the mail package: a message (or mailbox) that cannot be read as mail
 * the way git reads it. The message says why, in words a maintainer can act on; callers that
 * know which message it was (its Message-ID or position) add that in {@link MailError}.
 * I/O failures stay {@link java.io.IOException}s.
 */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException(String reason) {
        super(reason);
    }

    public MailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
