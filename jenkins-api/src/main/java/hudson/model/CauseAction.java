/*
 * Signature of hudson.model.CauseAction from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/CauseAction.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the public constructors but the deprecated ones (all overloads, since a call could match more
 * than one) and the Action methods. Left out: the supertypes FoldableAction and RunAction2 (Action kept)
 * and the other members.
 */
package hudson.model;

import java.util.Collection;

public class CauseAction implements Action {

    public CauseAction(Cause c) {
        throw new UnsupportedOperationException("signature only");
    }

    public CauseAction(Cause... c) {
        throw new UnsupportedOperationException("signature only");
    }

    public CauseAction(Collection<? extends Cause> causes) {
        throw new UnsupportedOperationException("signature only");
    }

    public CauseAction(CauseAction ca) {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("signature only");
    }
}
