/*
 * Signature of hudson.plugins.git.GitSCM from org.jenkins-ci.plugins:git:5.10.1 (jenkinsci/git-plugin, tag git-5.10.1),
 * src/main/java/hudson/plugins/git/GitSCM.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the data-bound constructor. Left out: the intermediate supertype GitSCMBackwardCompatibility (SCM kept), the other constructors and every other member.
 */
package hudson.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.plugins.git.browser.GitRepositoryBrowser;
import hudson.plugins.git.extensions.GitSCMExtension;
import hudson.scm.SCM;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;

public class GitSCM extends SCM {

    @DataBoundConstructor
    public GitSCM(List<UserRemoteConfig> userRemoteConfigs, List<BranchSpec> branches,
            @CheckForNull GitRepositoryBrowser browser, @CheckForNull String gitTool,
            List<GitSCMExtension> extensions) throws GitException {
        throw new UnsupportedOperationException("signature only");
    }
}
