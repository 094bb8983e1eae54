package io.jenkins.plugins.patchworkci.http;

import java.io.IOException;
import java.net.URI;

/**
 * A server answered with a status the caller cannot use. The message names the request and the start
 * of the server's answer, never a request header (so never a token).
 */
public class HttpStatusException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final URI uri;

    public HttpStatusException(String what, HttpResponse response) {
        this(what + ": HTTP " + response.status() + " from " + response.uri()
                + (response.bodySnippet().isEmpty() ? "" : ": " + response.bodySnippet()),
                response.status(), response.uri());
    }

    public HttpStatusException(String message, int status, URI uri) {
        super(message);
        this.status = status;
        this.uri = uri;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }
}
