package io.jenkins.plugins.patchworkci.route;

/** A routing configuration that cannot be used; the message names the line when there is one. */
public final class RoutingConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public RoutingConfigException(String message) {
        super(message);
    }

    public RoutingConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
