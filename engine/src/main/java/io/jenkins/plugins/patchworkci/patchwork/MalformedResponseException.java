package io.jenkins.plugins.patchworkci.patchwork;

import java.io.IOException;

/** A 2xx answer whose body is not the JSON Patchwork sends (a proxy's HTML page, a cut body, garbage). */
public final class MalformedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
