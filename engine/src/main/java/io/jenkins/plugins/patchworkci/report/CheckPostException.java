package io.jenkins.plugins.patchworkci.report;

import java.io.IOException;

/** Patchwork refused a check: the HTTP status, and a message saying why and what to do. */
public class CheckPostException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public CheckPostException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status Patchwork answered. */
    public int status() {
        return status;
    }

    /** Whether the refusal is about who posts (bad token, not a maintainer): every other post would fail too. */
    public boolean isPermission() {
        return status == 401 || status == 403;
    }
}
