package io.jenkins.plugins.patchworkci.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently to retry: exponential backoff from {@link #initialDelay()} doubling up to
 * {@link #maxDelay()}, at most {@link #maxAttempts()} sends in all. A {@code Retry-After} the server
 * sends is honoured up to {@link #maxRetryAfter()}; a longer one makes the request fail at once rather
 * than block a poll for an hour.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay,
        Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay and maxRetryAfter >= 0");
        }
    }

    /** 4 attempts, 1 s, 2 s, 4 s apart (at most 30 s), Retry-After honoured up to 2 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    /** One attempt, no retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The delay before attempt {@code attempt + 1}, attempts counted from 1. */
    public Duration backoff(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
        Duration d = initialDelay.multipliedBy(factor);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
