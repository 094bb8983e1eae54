package io.jenkins.plugins.patchworkci.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that stands still until the test moves it: waits, retry times and hold times are then
 * tested without sleeping. Thread-safe, as the code under test may read it from another thread.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant now) {
        this.now = now;
    }

    /** A clock at {@code 2026-11-25T10:00:00Z}, a time within the recorded Patchwork answers' day. */
    public SettableClock() {
        this(Instant.parse("2026-11-25T10:00:00Z"));
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: a test moves one time, whatever zone the code under test asks for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
