/*
 * Signature of hudson.model.Cause from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Cause.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the implicit public constructor, the abstract getShortDescription, onAddedTo(Run), onLoad(Run),
 * print(TaskListener), and the nested UserIdCause with both its constructors and getUserId. Left out:
 * @ExportedBean/@Exported, the deprecated AbstractBuild overloads and the other nested causes.
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Cause {

    public abstract String getShortDescription();

    @SuppressWarnings("rawtypes")
    public void onAddedTo(@NonNull Run build) {
        throw new UnsupportedOperationException("signature only");
    }

    public void onLoad(@NonNull Run<?, ?> build) {
        throw new UnsupportedOperationException("signature only");
    }

    public void print(TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }

    public static class UserIdCause extends Cause {

        public UserIdCause() {
            throw new UnsupportedOperationException("signature only");
        }

        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException("signature only");
        }

        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException("signature only");
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
