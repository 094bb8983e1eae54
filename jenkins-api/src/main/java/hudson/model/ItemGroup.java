/*
 * Signature of hudson.model.ItemGroup from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/ItemGroup.java. Compile-only stand-in (docs/jenkins-build.md):
 * the type, the context in which credentials are looked up, the abstract getItems() and the default
 * method getAllItems(Class) (ItemGroup's since 2.93; Jenkins inherits it).
 */
package hudson.model;

import java.util.Collection;
import java.util.List;

public interface ItemGroup<T extends Item> {
    Collection<T> getItems();

    default <T extends Item> List<T> getAllItems(Class<T> type) {
        throw new UnsupportedOperationException("signature only");
    }
}
