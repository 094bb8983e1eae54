/*
 * Signature of jenkins.scm.api.mixin.ChangeRequestSCMRevision from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMRevision.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete: the constructor, the final getTarget, isMerge, equals and hashCode, the abstract equivalent and _hashCode.
 */
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;

public abstract class ChangeRequestSCMRevision<H extends SCMHead & ChangeRequestSCMHead> extends SCMRevision {

    protected ChangeRequestSCMRevision(@NonNull H head, @NonNull SCMRevision target) {
        super(head);
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final SCMRevision getTarget() {
        throw new UnsupportedOperationException("signature only");
    }

    public final boolean isMerge() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract boolean equivalent(ChangeRequestSCMRevision<?> revision);

    protected abstract int _hashCode();

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("signature only");
    }
}
