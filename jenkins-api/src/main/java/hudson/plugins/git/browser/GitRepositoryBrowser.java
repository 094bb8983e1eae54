/*
 * Signature of hudson.plugins.git.browser.GitRepositoryBrowser from org.jenkins-ci.plugins:git:5.10.1 (jenkinsci/git-plugin, tag git-5.10.1),
 * src/main/java/hudson/plugins/git/browser/GitRepositoryBrowser.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (a constructor parameter of GitSCM, passed null). Left out: supertype and members; a private constructor.
 */
package hudson.plugins.git.browser;

public abstract class GitRepositoryBrowser {
    private GitRepositoryBrowser() {
        throw new UnsupportedOperationException("signature only");
    }
}
