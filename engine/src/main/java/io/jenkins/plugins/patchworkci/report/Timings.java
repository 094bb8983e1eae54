package io.jenkins.plugins.patchworkci.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When the run was queued, started and finished, and how long each step took.
 *
 * @param queued when the series was taken up
 * @param started when work began, or null while queued
 * @param finished when the run ended, or null while it runs
 * @param steps each step's duration, in the order they ran
 */
public record Timings(Instant queued, @Nullable Instant started, @Nullable Instant finished,
        List<StepTiming> steps) {

    public Timings {
        Objects.requireNonNull(queued, "queued");
        steps = List.copyOf(steps);
        if (finished != null && started == null) {
            throw new IllegalArgumentException("a run cannot finish without starting");
        }
    }

    /** Wall-clock time from start to finish, or null while not both are known. */
    @Nullable
    public Duration elapsed() {
        return started != null && finished != null ? Duration.between(started, finished) : null;
    }
}
