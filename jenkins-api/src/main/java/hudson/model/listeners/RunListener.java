/*
 * Signature of hudson.model.listeners.RunListener from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/listeners/RunListener.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the type parameter, both protected constructors, onStarted and onCompleted (the plugin overrides them;
 * the class has no abstract or final methods). Left out: ExtensionPoint, targetType, the other callbacks,
 * the static fire* methods and the deprecated registration.
 */
package hudson.model.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import hudson.model.TaskListener;

@SuppressWarnings("rawtypes")
public abstract class RunListener<R extends Run> {

    protected RunListener(Class<R> targetType) {
        throw new UnsupportedOperationException("signature only");
    }

    protected RunListener() {
        throw new UnsupportedOperationException("signature only");
    }

    public void onCompleted(R r, @NonNull TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }

    public void onStarted(R r, TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }
}
