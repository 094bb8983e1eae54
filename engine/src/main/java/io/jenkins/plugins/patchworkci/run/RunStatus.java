package io.jenkins.plugins.patchworkci.run;

/** Where a series version is in its run. */
public enum RunStatus {
    /** Seen complete, waiting for a slot. */
    QUEUED,
    /** Planning, applying, building, checking or reporting. */
    RUNNING,
    /** Reported. */
    DONE,
    /** A newer version arrived first; never run or stopped. */
    SUPERSEDED,
    /** The run itself broke (not the series: a failing series is DONE with fail checks). */
    ERROR;

    public boolean finished() {
        return this == DONE || this == SUPERSEDED || this == ERROR;
    }
}
