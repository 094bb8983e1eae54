/*
 * Signature of hudson.model.Run from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Run.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the type parameters, the supertype Actionable, getParent, getResult, isBuilding, getExecutor,
 * getFullDisplayName, getDisplayName, getNumber, getPreviousBuild, getPreviousBuildInProgress and getUrl (not the deprecated getAbsoluteUrl). Left out: the interfaces and every other member; the constructors replaced by a private one.
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {

    private Run() {
        throw new UnsupportedOperationException("signature only");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("signature only");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("signature only");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("signature only");
    }

    public @CheckForNull Executor getExecutor() {
        throw new UnsupportedOperationException("signature only");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("signature only");
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException("signature only");
    }

    public final @CheckForNull RunT getPreviousBuildInProgress() {
        throw new UnsupportedOperationException("signature only");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("signature only");
    }
}
