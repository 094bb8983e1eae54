/*
 * Signature of hudson.model.Action from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Action.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete but for the supertype ModelObject (whose getDisplayName is redeclared here).
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public interface Action {
    @CheckForNull String getIconFileName();

    @CheckForNull String getDisplayName();

    @CheckForNull String getUrlName();
}
