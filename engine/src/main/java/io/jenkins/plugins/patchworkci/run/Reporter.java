package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.report.Run;
import java.io.IOException;

/**
 * Tells the world about a run: Patchwork checks, mail, files. Called outside the build, never
 * from patched code. A reporter that fails says so; the run's own result stands.
 */
public interface Reporter {

    /** The run started: post pending states. */
    void started(Run run) throws IOException, InterruptedException;

    /** The run finished: post final states, send mail. */
    void finished(Run run) throws IOException, InterruptedException;
}
