package io.jenkins.plugins.patchworkci.patchwork;

import io.jenkins.plugins.patchworkci.http.CountingTransport;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.http.RetryingTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The engine's Patchwork client as the engine's tests make it of a test server (test-support's
 * {@code StubbedPatchwork} or {@code RecordedPatchwork}): over the JDK transport, with an answer timeout
 * short enough that timeouts are quick to test, and a counter of every attempt that reaches the network.
 * Not in test-support, which depends on nothing of the project: it is made of engine types.
 */
public final class PatchworkTestClients {

    /** How long a quick client waits for an answer; test-support's late answers come after it. */
    public static final Duration QUICK_ANSWER = Duration.ofMillis(700);

    /** One retrying client transport for all: starting a JDK client per simulated restart costs more than the test. */
    private static final HttpTransport RETRYING = new RetryingTransport(new JdkHttpTransport(HttpSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), QUICK_ANSWER)), RetryPolicy.defaults(), d -> { }, Clock.systemUTC());

    private final URI base;
    private final Duration answerTimeout;
    /** Counts every attempt of the transport made last, under its retries. */
    public CountingTransport counter;

    /** Clients of the server at {@code base} that wait {@link #QUICK_ANSWER} for an answer. */
    public PatchworkTestClients(URI base) {
        this(base, QUICK_ANSWER);
    }

    public PatchworkTestClients(URI base, Duration answerTimeout) {
        this.base = base;
        this.answerTimeout = answerTimeout;
    }

    public PatchworkClient client(ApiToken token) {
        return client(token, RetryPolicy.none());
    }

    public PatchworkClient client(ApiToken token, RetryPolicy retry) {
        return new PatchworkClient(base, transport(retry), token);
    }

    public HttpTransport transport() {
        return transport(RetryPolicy.none());
    }

    /** Retries over a fresh request counter over the JDK client. */
    public HttpTransport transport(RetryPolicy retry) {
        counter = new CountingTransport(new JdkHttpTransport(HttpSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), answerTimeout)));
        return new RetryingTransport(counter, retry);
    }

    /**
     * A client of the server at {@code base} as {@code pwci run} makes one: the production retry policy (its
     * pauses skipped) and a {@link #QUICK_ANSWER} timeout, so that a lost answer is retried at once.
     */
    public static PatchworkClient retrying(URI base, ApiToken token) {
        return new PatchworkClient(base, RETRYING, token);
    }
}
