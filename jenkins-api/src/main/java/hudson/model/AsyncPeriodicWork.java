/*
 * Signature of hudson.model.AsyncPeriodicWork from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/AsyncPeriodicWork.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the constructor, the final name and doRun, the abstract execute, queueIfAlreadyRunning and the logging-level hooks. Left out: createListener and getLogFile (their types).
 */
package hudson.model;

import java.io.IOException;
import java.util.logging.Level;

public abstract class AsyncPeriodicWork extends PeriodicWork {

    public final String name = null;

    protected AsyncPeriodicWork(String name) {
        throw new UnsupportedOperationException("signature only");
    }

    public final void doRun() {
        throw new UnsupportedOperationException("signature only");
    }

    protected Level getNormalLoggingLevel() {
        throw new UnsupportedOperationException("signature only");
    }

    protected Level getSlowLoggingLevel() {
        throw new UnsupportedOperationException("signature only");
    }

    protected Level getErrorLoggingLevel() {
        throw new UnsupportedOperationException("signature only");
    }

    protected abstract void execute(TaskListener listener) throws IOException, InterruptedException;

    protected boolean queueIfAlreadyRunning() {
        throw new UnsupportedOperationException("signature only");
    }
}
