/*
 * Signature of hudson.model.Actionable from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Actionable.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the implicit public constructor, addOrReplaceAction and getAction(Class). Left out: the
 * supertypes AbstractModelObject and ModelObjectWithContextMenu and every other member.
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Actionable {

    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("signature only");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("signature only");
    }
}
