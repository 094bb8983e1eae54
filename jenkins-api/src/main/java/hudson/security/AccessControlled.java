/*
 * Signature of hudson.security.AccessControlled from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/security/AccessControlled.java. Compile-only stand-in
 * (docs/jenkins-build.md): the two default methods the plugin calls; getACL() is left out because
 * the plugin implements no AccessControlled type.
 */
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

public interface AccessControlled {
    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("signature only");
    }

    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("signature only");
    }
}
