package io.jenkins.plugins.patchworkci.patchwork;

import io.jenkins.plugins.patchworkci.http.HttpResponse;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;

/** Patchwork answered 404: no such patch, series, cover, or API version. */
public final class PatchworkNotFoundException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    PatchworkNotFoundException(String message, HttpResponse response) {
        super(message, response.status(), response.uri());
    }
}
