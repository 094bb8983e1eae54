package io.jenkins.plugins.patchworkci.http;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the requests that reach the transport below it — the hook for request budgets in tests and
 * for a polling benchmark. Put it under {@link RetryingTransport} to count every attempt, above it to
 * count logical requests.
 */
public final class CountingTransport implements HttpTransport {

    private final HttpTransport next;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public CountingTransport(HttpTransport next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse r = next.send(request);
        bytes.addAndGet(r.body().length);
        return r;
    }

    /** Requests sent so far, including failed ones. */
    public long requests() {
        return requests.get();
    }

    /** Response body bytes received so far. */
    public long bytesReceived() {
        return bytes.get();
    }

    public void reset() {
        requests.set(0);
        bytes.set(0);
    }
}
