package io.jenkins.plugins.patchworkci.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a run that broke for its own reasons (an {@link RunStatus#ERROR}: a full disk, a mirror
 * fetch failing, a server outage) is tried again: after a growing wait, up to a number of attempts
 * in all, after which it stays an error for good. A series that fails its checks is not an error
 * and is never retried. (One HTTP request's retries are {@code http.RetryPolicy}: seconds apart,
 * within one run.)
 *
 * @param maxAttempts how many times a version may be run in all (1: never retried)
 * @param backoff the wait before the 2nd, 3rd, … attempt; the last wait repeats
 */
public record RunRetryPolicy(int maxAttempts, List<Duration> backoff) {

    /** Four attempts: after 5 minutes, 30 minutes and 2 hours. */
    public static final RunRetryPolicy DEFAULT =
            new RunRetryPolicy(4, List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2)));

    /** No retries: an error is final at once. */
    public static final RunRetryPolicy NEVER = new RunRetryPolicy(1, List.of(Duration.ofMinutes(5)));

    public RunRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        backoff = List.copyOf(backoff);
        if (backoff.isEmpty() || backoff.stream().anyMatch(d -> d.isNegative())) {
            throw new IllegalArgumentException("backoff needs at least one wait, none negative: " + backoff);
        }
    }

    /**
     * When to start the next attempt after attempt number {@code attempts} failed at {@code failed},
     * or empty when that was the last one.
     */
    public Optional<Instant> next(int attempts, Instant failed) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failed.plus(backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1)));
    }
}
