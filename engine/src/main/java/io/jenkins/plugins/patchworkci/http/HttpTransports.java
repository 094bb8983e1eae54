package io.jenkins.plugins.patchworkci.http;


/** Builds the standard stack: retries over a base transport. */
public final class HttpTransports {

    private HttpTransports() {
    }

    /** The JDK client configured by {@code settings}, with its retry policy. */
    public static HttpTransport standard(HttpSettings settings) {
        return withRetries(new JdkHttpTransport(settings), settings.retry());
    }

    /** Any base transport (e.g. Jenkins' proxy-aware one) under the given retry policy. */
    public static HttpTransport withRetries(HttpTransport base, RetryPolicy policy) {
        return new RetryingTransport(base, policy);
    }
}
