/*
 * Signature of jenkins.scm.api.SCMRevision from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMRevision.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete but for toString's body: the constructor, the abstract equals/hashCode, isDeterministic and the final getHead.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public abstract class SCMRevision implements Serializable {

    protected SCMRevision(@NonNull SCMHead head) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public String toString() {
        throw new UnsupportedOperationException("signature only");
    }

    public boolean isDeterministic() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final SCMHead getHead() {
        throw new UnsupportedOperationException("signature only");
    }
}
