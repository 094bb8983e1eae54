package io.jenkins.plugins.patchworkci.http;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Builds the standard stack: retries over a base transport. */
public final class HttpTransports {

    private HttpTransports() {
    }

    /** The JDK client configured by {@code settings}, with its retry policy. */
    public static HttpTransport standard(@NonNull HttpSettings settings) {
        return withRetries(new JdkHttpTransport(settings), settings.retry());
    }

    /** Any base transport (e.g. Jenkins' proxy-aware one) under the given retry policy. */
    public static HttpTransport withRetries(@NonNull HttpTransport base, @NonNull RetryPolicy policy) {
        return new RetryingTransport(base, policy);
    }
}
