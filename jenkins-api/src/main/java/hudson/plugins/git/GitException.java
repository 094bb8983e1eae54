/*
 * Signature of hudson.plugins.git.GitException from org.jenkins-ci.plugins:git-client:6.6.1 (jenkinsci/git-client-plugin, tag git-client-6.6.1),
 * src/main/java/hudson/plugins/git/GitException.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the class (unchecked, thrown by GitSCM's constructor) and its constructors.
 */
package hudson.plugins.git;

public class GitException extends RuntimeException {

    public GitException() {
        throw new UnsupportedOperationException("signature only");
    }

    public GitException(String message) {
        throw new UnsupportedOperationException("signature only");
    }

    public GitException(Throwable cause) {
        throw new UnsupportedOperationException("signature only");
    }

    public GitException(String message, Throwable cause) {
        throw new UnsupportedOperationException("signature only");
    }
}
