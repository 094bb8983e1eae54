package io.jenkins.plugins.patchworkci.run;

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
 */
public record RunRecord(
        @JsonProperty("seriesId") String seriesId,
        @JsonProperty("version") int version,
        @JsonProperty("subject") String subject,
        @JsonProperty("status") RunStatus status,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("updated") String updated,
        @JsonProperty("outcome") String outcome) {

    public RunRecord {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static RunRecord queued(String seriesId, int version, String subject, Instant now) {
        return new RunRecord(seriesId, version, subject, RunStatus.QUEUED, 0, now.toString(), "");
    }

    public RunRecord with(RunStatus next, String why, Instant now) {
        int tries = next == RunStatus.RUNNING ? attempts + 1 : attempts;
        return new RunRecord(seriesId, version, subject, next, tries, now.toString(), why);
    }
}
