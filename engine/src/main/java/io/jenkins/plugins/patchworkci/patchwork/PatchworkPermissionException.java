package io.jenkins.plugins.patchworkci.patchwork;

import io.jenkins.plugins.patchworkci.http.HttpResponse;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;

/**
 * Patchwork answered 403: the token is invalid, or its user may not do this. Patchwork never answers
 * 401; every refusal is a 403.
 */
public final class PatchworkPermissionException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    PatchworkPermissionException(String message, HttpResponse response) {
        super(message, response.status(), response.uri());
    }
}
