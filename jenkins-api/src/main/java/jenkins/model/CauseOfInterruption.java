/*
 * Signature of jenkins.model.CauseOfInterruption from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/jenkins/model/CauseOfInterruption.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the supertype Serializable, the implicit public constructor, the abstract getShortDescription and
 * print(TaskListener). Left out: @ExportedBean/@Exported and the nested UserInterruption.
 */
package jenkins.model;

import hudson.model.TaskListener;
import java.io.Serializable;

public abstract class CauseOfInterruption implements Serializable {

    public abstract String getShortDescription();

    public void print(TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }
}
