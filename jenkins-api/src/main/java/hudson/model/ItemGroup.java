/*
 * Signature of hudson.model.ItemGroup from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/ItemGroup.java. Compile-only stand-in (docs/jenkins-build.md):
 * only the type, the context in which credentials are looked up.
 */
package hudson.model;

public interface ItemGroup<T extends Item> {}
