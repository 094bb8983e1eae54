package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.route.Plan;
import java.io.IOException;
import java.util.List;

/** What a {@link SeriesJob} tells whoever shows it (reporters, a console) while it runs. */
public interface JobProgress {

    /** Nothing is shown. */
    JobProgress NONE = new JobProgress() {};

    /**
     * The series is planned: where it goes and the checks it will report, before anything is applied.
     * The service posts "pending" for these.
     */
    default void planned(Plan plan, List<String> expectedChecks) throws IOException, InterruptedException {}

    /** The step the job is at: "building patch 1/3", "testing", "checking". */
    default void step(String what) throws IOException, InterruptedException {}
}
