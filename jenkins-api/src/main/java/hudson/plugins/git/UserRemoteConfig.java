/*
 * Signature of hudson.plugins.git.UserRemoteConfig from org.jenkins-ci.plugins:git:5.10.1 (jenkinsci/git-plugin, tag git-5.10.1),
 * src/main/java/hudson/plugins/git/UserRemoteConfig.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the data-bound constructor. Left out: AbstractDescribableImpl, Serializable, getters and the descriptor.
 */
package hudson.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import org.kohsuke.stapler.DataBoundConstructor;

public class UserRemoteConfig {

    @DataBoundConstructor
    public UserRemoteConfig(String url, String name, String refspec, @CheckForNull String credentialsId) {
        throw new UnsupportedOperationException("signature only");
    }
}
