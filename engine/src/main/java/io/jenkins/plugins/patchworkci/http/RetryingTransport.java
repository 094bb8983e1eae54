package io.jenkins.plugins.patchworkci.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Retries what is worth retrying, following a {@link RetryPolicy}:
 * <ul>
 *   <li>429 Too Many Requests: always (the server did not act on the request), after its
 *       {@code Retry-After} when it sends one;</li>
 *   <li>5xx, timeouts and connections cut mid-response: only for {@linkplain HttpRequest#retryable()
 *       retryable} requests, because the server may have acted on them;</li>
 *   <li>a refused or timed-out connect: always (nothing reached the server);</li>
 *   <li>any other 4xx, and a body over its limit ({@link ResponseTooLargeException}): never — asking
 *       again gets the same answer.</li>
 * </ul>
 * When the attempts run out, the last response is returned (the caller turns it into an error naming
 * the status) or the last network exception is thrown with the earlier ones suppressed.
 */
public final class RetryingTransport implements HttpTransport {

    /** Sleeps between attempts; tests substitute one that records instead of waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final System.Logger LOG = System.getLogger(RetryingTransport.class.getName());

    private final HttpTransport next;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryingTransport(HttpTransport next, RetryPolicy policy) {
        this(next, policy, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
    }

    public RetryingTransport(HttpTransport next, RetryPolicy policy, Sleeper sleeper,
            Clock clock) {
        this.next = Objects.requireNonNull(next, "next");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        IOException failure = null;
        for (int attempt = 1; ; attempt++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted before " + request.method() + " " + request.uri());
            }
            Duration wait;
            try {
                HttpResponse response = next.send(request);
                int status = response.status();
                boolean again = status == 429 || (status >= 500 && request.retryable());
                if (!again || attempt >= policy.maxAttempts()) {
                    return response;
                }
                wait = policy.backoff(attempt);
                Duration asked = retryAfter(response.header("Retry-After"));
                if (asked != null) {
                    if (asked.compareTo(policy.maxRetryAfter()) > 0) {
                        return response; // the caller reports the 429/503 with the server's own wait
                    }
                    wait = asked;
                }
                LOG.log(System.Logger.Level.INFO, "HTTP {0} from {1} {2}; attempt {3} of {4}, retrying in {5}",
                        status, request.method(), HttpRequest.shown(request.uri()), attempt, policy.maxAttempts(),
                        seconds(wait));
            } catch (IOException e) {
                if (!(request.retryable() || nothingSent(e)) || attempt >= policy.maxAttempts()
                        || e instanceof ResponseTooLargeException) {
                    if (failure != null) {
                        e.addSuppressed(failure);
                    }
                    throw e;
                }
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
                wait = policy.backoff(attempt);
                LOG.log(System.Logger.Level.INFO, "{0}; attempt {1} of {2}, retrying in {3}",
                        e.getMessage() == null ? request.method() + " " + HttpRequest.shown(request.uri()) + ": " + e : e.getMessage(),
                        attempt, policy.maxAttempts(), seconds(wait));
            }
            sleeper.sleep(wait);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static boolean nothingSent(IOException e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
    @Nullable
    Duration retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
