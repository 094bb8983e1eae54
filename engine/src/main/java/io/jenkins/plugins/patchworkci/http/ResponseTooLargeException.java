package io.jenkins.plugins.patchworkci.http;

import java.io.IOException;

/**
 * A response body went over its limit and was not read further. The message names the URI (without
 * user info or query, see {@link HttpRequest#shown}) and the limit. Not retried: the same server
 * would send the same body again.
 */
public final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;
    private final long bytesRead;

    /**
     * @param shownUri the URI as {@link HttpRequest#shown} gives it
     * @param what "response body" or what the body decoded to
     * @param limit the limit that was exceeded
     * @param bytesRead how many bytes had been taken in when reading stopped (just over the limit)
     */
    public ResponseTooLargeException(String shownUri, String what, long limit, long bytesRead) {
        super("the " + what + " from " + shownUri + " is larger than the limit of " + limit + " bytes ("
                + mib(limit) + "); not read further");
        this.limit = limit;
        this.bytesRead = bytesRead;
    }

    public long limit() {
        return limit;
    }

    /** Bytes taken in before reading stopped: at most the limit plus one network buffer. */
    public long bytesRead() {
        return bytesRead;
    }

    private static String mib(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : String.format(java.util.Locale.ROOT, "%.1f MiB",
                bytes / (double) (1 << 20));
    }
}
