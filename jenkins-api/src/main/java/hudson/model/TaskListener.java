/*
 * Signature of hudson.model.TaskListener from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/TaskListener.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: getLogger. Left out: SerializableOnlyOverRemoting, getCharset, annotate, hyperlink, error and fatalError.
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;

public interface TaskListener {
    @NonNull
    PrintStream getLogger();
}
