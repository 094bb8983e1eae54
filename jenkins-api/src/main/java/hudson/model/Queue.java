/*
 * Signature of hudson.model.Queue from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Queue.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the nested types ParameterizedJobMixIn's signature names: Item (an Actionable; its supertype
 * QueueItem and members left out), Task and Executable (their supertypes and members left out). Left
 * out: the supertypes ResourceController and Saveable and every member; the constructor replaced by a
 * private one.
 */
package hudson.model;

public class Queue {

    private Queue() {
        throw new UnsupportedOperationException("signature only");
    }

    public interface Task {}

    public interface Executable {}

    public abstract static class Item extends Actionable {
        private Item() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
