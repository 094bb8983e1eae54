package io.jenkins.plugins.patchworkci.report;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one step of the run took.
 *
 * @param step the step ({@code fetch}, {@code apply}, a check's name)
 * @param millis its wall-clock duration in milliseconds
 */
public record StepTiming(String step, long millis) {

    public StepTiming {
        Objects.requireNonNull(step, "step");
        if (millis < 0) {
            throw new IllegalArgumentException("negative duration for " + step + ": " + millis);
        }
    }

    public static StepTiming of(String step, Duration duration) {
        return new StepTiming(step, duration.toMillis());
    }
}
