/*
 * Signature of jenkins.scm.api.SCMHeadObserver from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMHeadObserver.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: observe, isObserving, getIncludes. Left out: the static factories and nested observers (not used), Wrapped.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.util.Set;

public abstract class SCMHeadObserver {

    private SCMHeadObserver() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract void observe(@NonNull SCMHead head, @NonNull SCMRevision revision)
            throws IOException, InterruptedException;

    public boolean isObserving() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public Set<SCMHead> getIncludes() {
        throw new UnsupportedOperationException("signature only");
    }
}
