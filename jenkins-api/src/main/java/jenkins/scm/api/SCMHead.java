/*
 * Signature of jenkins.scm.api.SCMHead from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMHead.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the constructor, getName, getOrigin, compareTo, the final equals/hashCode, toString, getPronoun. Left out: PRONOUN, the deprecated action accessors.
 * HeadByItem: its implicit constructor, abstract getHead and static findHead; its supertype ExtensionPoint left out.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import jenkins.scm.api.mixin.SCMHeadMixin;

public class SCMHead implements SCMHeadMixin {

    public SCMHead(@NonNull String name) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    @NonNull
    public String getName() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    @NonNull
    public SCMHeadOrigin getOrigin() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getPronoun() {
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

    public int compareTo(SCMHead o) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("signature only");
    }

    public static abstract class HeadByItem {

        @CheckForNull
        public abstract SCMHead getHead(Item item);

        @CheckForNull
        public static SCMHead findHead(Item item) {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
