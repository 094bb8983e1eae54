/*
 * Signature of org.jenkinsci.Symbol from org.jenkins-ci:symbol-annotation:1.26 (jenkinsci/lib-symbol-annotation,
 * tag symbol-annotation-1.26; the version jenkins-core 2.568.1 uses), src/main/java/org/jenkinsci/Symbol.java.
 * Compile-only stand-in (docs/jenkins-build.md): the @Indexed meta-annotation is left out.
 */
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
