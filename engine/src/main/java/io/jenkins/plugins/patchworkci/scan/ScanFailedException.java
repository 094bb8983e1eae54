package io.jenkins.plugins.patchworkci.scan;

import java.io.IOException;

/**
 * A scan could not read what it needs from Patchwork (unreachable, 5xx, refused token, unknown project,
 * a malformed answer). Raised instead of returning fewer heads, so a Jenkins scan never mistakes an
 * outage for "no series" and deletes jobs.
 */
public final class ScanFailedException extends IOException {

    private static final long serialVersionUID = 1L;

    public ScanFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
