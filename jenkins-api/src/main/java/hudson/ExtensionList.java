/*
 * Signature of hudson.ExtensionList from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/ExtensionList.java. Compile-only stand-in (docs/jenkins-build.md):
 * the static lookupSingleton the plugin calls. Left out: the supertypes (AbstractList, OnMaster), the
 * other members; the protected constructors replaced by a private one.
 */
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;

public class ExtensionList<T> {

    private ExtensionList() {
        throw new UnsupportedOperationException("signature only");
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("signature only");
    }
}
