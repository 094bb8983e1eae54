/*
 * Signature of hudson.model.Item from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Item.java. Compile-only stand-in (docs/jenkins-build.md): only
 * the type, as the bound of ItemGroup's type parameter; the plugin calls none of its members.
 */
package hudson.model;

public interface Item {}
