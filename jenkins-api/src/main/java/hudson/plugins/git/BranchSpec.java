/*
 * Signature of hudson.plugins.git.BranchSpec from org.jenkins-ci.plugins:git:5.10.1 (jenkinsci/git-plugin, tag git-5.10.1),
 * src/main/java/hudson/plugins/git/BranchSpec.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the data-bound constructor. Left out: AbstractDescribableImpl, Serializable and every other member.
 */
package hudson.plugins.git;

import org.kohsuke.stapler.DataBoundConstructor;

public class BranchSpec {

    @DataBoundConstructor
    public BranchSpec(String name) {
        throw new UnsupportedOperationException("signature only");
    }
}
