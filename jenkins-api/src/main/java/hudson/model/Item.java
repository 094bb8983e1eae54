/*
 * Signature of hudson.model.Item from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Item.java. Compile-only stand-in (docs/jenkins-build.md): the type
 * (the bound of ItemGroup's type parameter, the context of form methods), its supertype
 * AccessControlled (for permission checks), the permissions CONFIGURE, EXTENDED_READ and BUILD, and
 * getParent. Left out:
 * the other supertypes (PersistenceRoot, FullyNamedModelObject, SearchableModelObject, FullyNamed,
 * Named, OnMaster) and every other member.
 */
package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

public interface Item extends AccessControlled {
    Permission CONFIGURE = null;
    Permission EXTENDED_READ = null;
    Permission BUILD = null;

    ItemGroup<? extends Item> getParent();
}
