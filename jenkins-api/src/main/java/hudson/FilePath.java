/*
 * Signature of hudson.FilePath from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/FilePath.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: act(FileCallable) and the nested interface FileCallable with its one abstract method invoke
 * (its supertype RoleSensitive is left out: MasterToSlaveFileCallable implements checkRoles, so no
 * plugin class has to). Left out: Serializable, the constructors (a private one instead), every other
 * member.
 */
package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;

public final class FilePath {

    private FilePath() {
        throw new UnsupportedOperationException("signature only");
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }

    public interface FileCallable<T> extends Serializable {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
