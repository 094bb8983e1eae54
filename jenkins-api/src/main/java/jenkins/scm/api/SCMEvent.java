/*
 * Signature of jenkins.scm.api.SCMEvent from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMEvent.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the non-deprecated constructors, the accessors, description, equals/hashCode/toString, ORIGIN_UNKNOWN and Type. Left out: the executor, metrics, originOf, asCauses, Dispatcher.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Date;

public abstract class SCMEvent<P> {

    public static final String ORIGIN_UNKNOWN = null;

    public SCMEvent(@NonNull Type type, long timestamp, @NonNull P payload, @CheckForNull String origin) {
        throw new UnsupportedOperationException("signature only");
    }

    public SCMEvent(@NonNull Type type, @NonNull P payload, @CheckForNull String origin) {
        throw new UnsupportedOperationException("signature only");
    }

    protected SCMEvent(SCMEvent<P> copy) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public Type getType() {
        throw new UnsupportedOperationException("signature only");
    }

    public long getTimestamp() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public Date getDate() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public P getPayload() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public String getOrigin() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String description() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("signature only");
    }

    public enum Type {
        CREATED,
        UPDATED,
        REMOVED
    }
}
