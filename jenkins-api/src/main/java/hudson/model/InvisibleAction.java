/*
 * Signature of hudson.model.InvisibleAction from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/InvisibleAction.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete.
 */
package hudson.model;

public abstract class InvisibleAction implements Action {
    public final String getIconFileName() {
        throw new UnsupportedOperationException("signature only");
    }

    public final String getDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    public String getUrlName() {
        throw new UnsupportedOperationException("signature only");
    }
}
