/*
 * Signature of hudson.model.Describable from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Describable.java. Compile-only stand-in (docs/jenkins-build.md).
 */
package hudson.model;

public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("signature only");
    }
}
