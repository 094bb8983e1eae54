/*
 * Signature of jenkins.scm.api.SCMSource from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMSource.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the constructor, every abstract and every final method that is not deprecated (fetch, build(SCMHead), getId/setId/withId/hasId, owner, criteria, fetchActions, fetchRevisions, equals/hashCode, newProbe, getCategories, checkInterrupt, defaultListener), the
 * static SourceByItem.findSource (its abstract getSource, since the plugin does not extend it, left out), and the overridable hooks the plugin overrides (retrieve(SCMHead, TaskListener), retrieveActions, getTrustedRevision). Left out: the supertype AbstractDescribableImpl (Describable<SCMSource> kept, which the Descriptor needs), ExtensionPoint, the deprecated constructor and deprecated overloads, traits, probes' bodies, fromSCMFileSystem.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Describable;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.scm.SCM;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

public abstract class SCMSource implements Describable<SCMSource> {

    protected SCMSource() {
        throw new UnsupportedOperationException("signature only");
    }

    public final synchronized void setId(@CheckForNull String id) {
        throw new UnsupportedOperationException("signature only");
    }

    public final SCMSource withId(@CheckForNull String id) {
        throw new UnsupportedOperationException("signature only");
    }

    public final synchronized boolean hasId() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final synchronized String getId() {
        throw new UnsupportedOperationException("signature only");
    }

    public final synchronized void setOwner(@CheckForNull SCMSourceOwner owner) {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public final synchronized SCMSourceOwner getOwner() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    protected final SCMSourceCriteria getCriteria() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@NonNull O observer, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@CheckForNull SCMSourceCriteria criteria, @NonNull O observer,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@CheckForNull SCMSourceCriteria criteria, @NonNull O observer,
            @CheckForNull SCMHeadEvent<?> event, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final <O extends SCMHeadObserver> O fetch(@NonNull O observer, @CheckForNull SCMHeadEvent<?> event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    protected abstract void retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer,
            @CheckForNull SCMHeadEvent<?> event, @NonNull TaskListener listener)
            throws IOException, InterruptedException;

    @NonNull
    public final Set<SCMHead> fetch(@CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public final SCMRevision fetch(@NonNull SCMHead head, @CheckForNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    protected SCMRevision retrieve(@NonNull SCMHead head, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public final SCMRevision fetch(@NonNull String thingName, @CheckForNull TaskListener listener,
            @CheckForNull Item context) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final Set<String> fetchRevisions(@CheckForNull TaskListener listener, @CheckForNull Item context)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final List<Action> fetchActions(@NonNull SCMRevision revision, @CheckForNull SCMHeadEvent event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final List<Action> fetchActions(@NonNull SCMHead head, @CheckForNull SCMHeadEvent event,
            @CheckForNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    protected List<Action> retrieveActions(@NonNull SCMRevision revision, @CheckForNull SCMHeadEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    protected List<Action> retrieveActions(@NonNull SCMHead head, @CheckForNull SCMHeadEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public abstract SCM build(@NonNull SCMHead head, @CheckForNull SCMRevision revision);

    @NonNull
    public final SCM build(@NonNull SCMHead head) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public SCMRevision getTrustedRevision(@NonNull SCMRevision revision, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    protected final TaskListener defaultListener(@CheckForNull TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final SCMProbe newProbe(@NonNull SCMHead head, @CheckForNull SCMRevision revision) throws IOException {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public final Set<? extends SCMHeadCategory> getCategories() {
        throw new UnsupportedOperationException("signature only");
    }

    protected final void checkInterrupt() throws InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    public static abstract class SourceByItem {

        private SourceByItem() {
            throw new UnsupportedOperationException("signature only");
        }

        @CheckForNull
        public static SCMSource findSource(Item item) {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
