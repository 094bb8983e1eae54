/*
 * Signature of hudson.model.PeriodicWork from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/PeriodicWork.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the abstract getRecurrencePeriod, getInitialDelay and the MIN/HOUR/DAY constants. Left out: the supertype SafeTimerTask (its final run and abstract doRun; doRun is implemented final by AsyncPeriodicWork), ExtensionPoint, the deprecated logger, all() and init().
 */
package hudson.model;

public abstract class PeriodicWork {

    protected static final long MIN = 0;
    protected static final long HOUR = 0;
    protected static final long DAY = 0;

    public abstract long getRecurrencePeriod();

    public long getInitialDelay() {
        throw new UnsupportedOperationException("signature only");
    }
}
