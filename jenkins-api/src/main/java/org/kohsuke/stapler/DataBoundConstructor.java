/*
 * Signature of org.kohsuke.stapler.DataBoundConstructor from org.kohsuke.stapler:stapler:2088.v915606dc8e86 (jenkinsci/stapler, tag 2088.v915606dc8e86; the version jenkins-core 2.568.1 uses),
 * core/src/main/java/org/kohsuke/stapler/DataBoundConstructor.java. Compile-only stand-in (docs/jenkins-build.md).
 */
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.CONSTRUCTOR)
@Documented
public @interface DataBoundConstructor {}
