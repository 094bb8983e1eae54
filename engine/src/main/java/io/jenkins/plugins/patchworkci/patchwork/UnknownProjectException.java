package io.jenkins.plugins.patchworkci.patchwork;

import java.io.IOException;

/**
 * The configured project does not exist on the server. Patchwork itself answers {@code []} for a
 * filter on an unknown project, which would look like a quiet project forever; the client checks first.
 */
public final class UnknownProjectException extends IOException {

    private static final long serialVersionUID = 1L;

    UnknownProjectException(String message) {
        super(message);
    }
}
