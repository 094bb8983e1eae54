package io.jenkins.plugins.patchworkci.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, asking the client for one batch of buffers at a time; at
 * the first byte over the limit it cancels the subscription (the client closes the connection) and
 * fails with {@link ResponseTooLargeException}. Memory stays at the limit plus one batch whatever the
 * server sends, an endless chunked body included.
 */
final class BoundedBodySubscriber implements BodySubscriber<byte[]> {

    private final long limit;
    private final String shownUri;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out;
    private Flow.Subscription subscription;
    private long received;

    BoundedBodySubscriber(long limit, String shownUri, long contentLength) {
        this.limit = limit;
        this.shownUri = shownUri;
        // Trust a Content-Length only up to the limit (and 1 MiB up front): it is the server's word.
        this.out = new ByteArrayOutputStream((int) Math.max(32, Math.min(Math.min(contentLength, limit), 1 << 20)));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            received += b.remaining();
            if (received > limit) {
                subscription.cancel();
                result.completeExceptionally(new ResponseTooLargeException(shownUri, "response body", limit, received));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
