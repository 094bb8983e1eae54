package io.jenkins.plugins.patchworkci.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * The JDK client's network exceptions in words a person can act on: the host, the reason and the
 * request, on one line ({@code lore.kernel.org: unknown host (GET https://lore.kernel.org/netdev/new.atom)}).
 * The JDK's own say "java.net.ConnectException" with no message at all for a refused connection or an
 * unknown host. The exception keeps its type, so retries still tell a connect that sent nothing from a
 * request cut short.
 */
final class NetworkFailure {

    private NetworkFailure() {}

    static IOException named(String method, URI uri, IOException e) {
        String host = uri.getHost() == null ? "?" : uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        String text = host + ": " + reason(e) + " (" + method + " " + HttpRequest.shown(uri) + ")";
        IOException named;
        if (e instanceof HttpConnectTimeoutException) {
            named = new HttpConnectTimeoutException(text);
        } else if (e instanceof HttpTimeoutException) {
            named = new HttpTimeoutException(text);
        } else if (e instanceof ConnectException) {
            named = new ConnectException(text);
        } else {
            named = new IOException(text);
        }
        named.initCause(e);
        return named;
    }

    private static String reason(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "timed out connecting";
        }
        if (e instanceof HttpTimeoutException) {
            return e.getMessage() != null && e.getMessage().contains("took longer") ? e.getMessage() : "timed out waiting for the answer";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof SSLException) {
                return "TLS failed: " + t.getMessage();
            }
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                return m.toLowerCase(Locale.ROOT).startsWith("connection refused") ? "connection refused" : m;
            }
        }
        // the JDK client says no more than this for a refused connection (a ClosedChannelException under it)
        return e instanceof ConnectException ? "cannot connect (refused or closed)" : e.getClass().getSimpleName();
    }
}
