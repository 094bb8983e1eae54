package io.jenkins.plugins.patchworkci.http;

import java.net.http.HttpClient;

/**
 * Assembles the transport every Patchwork, lore and mail-archive client goes through: the JDK client,
 * bounded and with the user agent ({@link JdkHttpTransport}), under retries ({@link RetryingTransport}).
 * The cli and the service build it from {@link HttpSettings} alone; the Jenkins plugin hands in Jenkins'
 * proxy-configured client builder as well.
 */
public final class HttpTransports {

    private HttpTransports() {
    }

    /** The JDK client configured by {@code settings} (its proxy, or the JVM's; redirects followed), with its retries. */
    public static HttpTransport standard(HttpSettings settings) {
        return withRetries(new JdkHttpTransport(settings), settings.retry());
    }

    /**
     * A JDK client from {@code builder}, which keeps its proxy, authenticator and redirect policy (Jenkins'
     * {@code ProxyConfiguration.newHttpClientBuilder()} sets a proxy and leaves redirects unfollowed), with the
     * settings' timeouts, user agent, bounds and retries; the settings' proxy is not used.
     */
    public static HttpTransport standard(HttpClient.Builder builder, HttpSettings settings) {
        return withRetries(new JdkHttpTransport(builder, settings), settings.retry());
    }

    private static HttpTransport withRetries(HttpTransport base, RetryPolicy policy) {
        return new RetryingTransport(base, policy);
    }
}
