package io.jenkins.plugins.patchworkci.http;

import java.io.IOException;

/**
 * Sends one HTTP request and reads the whole response. The seam between the engine and the network:
 * {@link JdkHttpTransport} is the default; the Jenkins layer supplies one built on
 * {@code ProxyConfiguration.newHttpClient()}; {@link RetryingTransport} and {@link CountingTransport}
 * decorate any of them.
 *
 * <p>A transport returns every HTTP status as a {@link HttpResponse}; only network failures (refused
 * connection, timeout, connection cut mid-body) and a body over its limit
 * ({@link ResponseTooLargeException}) are thrown.
 */
@FunctionalInterface
public interface HttpTransport {

    HttpResponse send(HttpRequest request) throws IOException, InterruptedException;
}
