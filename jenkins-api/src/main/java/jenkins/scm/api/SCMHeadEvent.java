/*
 * Signature of jenkins.scm.api.SCMHeadEvent from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMHeadEvent.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the non-deprecated constructors, every abstract method (isMatch(SCMNavigator), getSourceName, heads, isMatch(SCM)), isMatch(SCMSource), the descriptionFor hooks, fireNow and fireLater. Left out: the deprecated constructors, filter (returns the nested Wrapped type), the dispatcher.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.scm.SCM;
import java.util.Map;
import java.util.concurrent.TimeUnit;

public abstract class SCMHeadEvent<P> extends SCMEvent<P> {

    public SCMHeadEvent(@NonNull Type type, long timestamp, @NonNull P payload, @CheckForNull String origin) {
        super(type, timestamp, payload, origin);
        throw new UnsupportedOperationException("signature only");
    }

    public SCMHeadEvent(@NonNull Type type, @NonNull P payload, @CheckForNull String origin) {
        super(type, payload, origin);
        throw new UnsupportedOperationException("signature only");
    }

    protected SCMHeadEvent(@NonNull SCMHeadEvent<P> src) {
        super(src);
        throw new UnsupportedOperationException("signature only");
    }

    public abstract boolean isMatch(@NonNull SCMNavigator navigator);

    @CheckForNull
    public String descriptionFor(@NonNull SCMNavigator navigator) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public abstract String getSourceName();

    public boolean isMatch(@NonNull SCMSource source) {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String descriptionFor(SCMSource source) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public abstract Map<SCMHead, SCMRevision> heads(@NonNull SCMSource source);

    public abstract boolean isMatch(@NonNull SCM scm);

    @CheckForNull
    public String descriptionFor(SCM scm) {
        throw new UnsupportedOperationException("signature only");
    }

    public static void fireNow(@NonNull final SCMHeadEvent<?> event) {
        throw new UnsupportedOperationException("signature only");
    }

    public static void fireLater(@NonNull final SCMHeadEvent<?> event, long delay, TimeUnit delayUnits) {
        throw new UnsupportedOperationException("signature only");
    }
}
