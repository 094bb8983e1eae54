/*
 * Signature of org.kohsuke.stapler.AncestorInPath from org.kohsuke.stapler:stapler:2088.v915606dc8e86 (jenkinsci/stapler, tag 2088.v915606dc8e86; the version jenkins-core 2.568.1 uses),
 * core/src/main/java/org/kohsuke/stapler/AncestorInPath.java. Compile-only stand-in
 * (docs/jenkins-build.md): the annotation's retention and target, without the @Documented and
 * @InjectedParameter meta-annotations and its HandlerImpl.
 */
package org.kohsuke.stapler;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AncestorInPath {}
