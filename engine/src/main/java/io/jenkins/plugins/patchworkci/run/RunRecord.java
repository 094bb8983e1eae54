package io.jenkins.plugins.patchworkci.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * What the ledger remembers of one series version.
 *
 * @param seriesId the series' Message-ID identity
 * @param version the series version
 * @param subject the series subject, for people reading the state directory
 * @param status where the run is
 * @param attempts how many times a run was started (a restart after a crash adds one)
 * @param updated when this record was written
 * @param outcome one line: the run's result, or why it stopped
 * @param retryAt for an {@link RunStatus#ERROR} that will be tried again: from when (an instant);
 *     null when the run is not to be retried (any other status, or an error after the last attempt)
 */
public record RunRecord(
        @JsonProperty("seriesId") String seriesId,
        @JsonProperty("version") int version,
        @JsonProperty("subject") String subject,
        @JsonProperty("status") RunStatus status,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("updated") String updated,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("retryAt") @JsonInclude(JsonInclude.Include.NON_NULL) String retryAt) {

    public RunRecord {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A record that is not waiting for a retry (what every record was before retries existed). */
    public RunRecord(String seriesId, int version, String subject, RunStatus status, int attempts, String updated,
            String outcome) {
        this(seriesId, version, subject, status, attempts, updated, outcome, null);
    }

    public static RunRecord queued(String seriesId, int version, String subject, Instant now) {
        return new RunRecord(seriesId, version, subject, RunStatus.QUEUED, 0, now.toString(), "");
    }

    public RunRecord with(RunStatus next, String why, Instant now) {
        int tries = next == RunStatus.RUNNING ? attempts + 1 : attempts;
        return new RunRecord(seriesId, version, subject, next, tries, now.toString(), why, null);
    }

    /** This error record, to be run again from {@code at}. */
    public RunRecord retryingAt(Instant at) {
        if (status != RunStatus.ERROR) {
            throw new IllegalStateException("only an error is retried, not " + status);
        }
        return new RunRecord(seriesId, version, subject, status, attempts, updated, outcome, at.toString());
    }

    /** Whether this is an error that will be run again (see {@link #retryAt}). */
    @JsonIgnore
    public boolean retrying() {
        return status == RunStatus.ERROR && retryAt != null;
    }

    /** Whether this is an error whose next attempt may start at {@code now}. */
    public boolean retryDue(Instant now) {
        return retrying() && !now.isBefore(Instant.parse(retryAt));
    }
}
