/*
 * Signature of hudson.plugins.git.extensions.GitSCMExtension from org.jenkins-ci.plugins:git:5.10.1 (jenkinsci/git-plugin, tag git-5.10.1),
 * src/main/java/hudson/plugins/git/extensions/GitSCMExtension.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (the element type of GitSCM's extensions, passed empty). Left out: supertype and members; a private constructor.
 */
package hudson.plugins.git.extensions;

public abstract class GitSCMExtension {
    private GitSCMExtension() {
        throw new UnsupportedOperationException("signature only");
    }
}
