/*
 * Signature of jenkins.scm.api.SCMRevisionAction from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMRevisionAction.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the supertype InvisibleAction, the public constructor SCMRevisionAction(SCMSource, SCMRevision) and the static
 * getRevision(SCMSource, Actionable). Left out: the deprecated and package-private constructors and the other members.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Actionable;
import hudson.model.InvisibleAction;

public class SCMRevisionAction extends InvisibleAction {

    public SCMRevisionAction(@NonNull SCMSource source, @NonNull SCMRevision revision) {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public static SCMRevision getRevision(@NonNull SCMSource source, @NonNull Actionable actionable) {
        throw new UnsupportedOperationException("signature only");
    }
}
