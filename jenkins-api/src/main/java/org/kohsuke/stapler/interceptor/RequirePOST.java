/*
 * Signature of org.kohsuke.stapler.interceptor.RequirePOST from org.kohsuke.stapler:stapler:2088.v915606dc8e86 (jenkinsci/stapler, tag 2088.v915606dc8e86; the version jenkins-core 2.568.1 uses),
 * core/src/main/java/org/kohsuke/stapler/interceptor/RequirePOST.java. Compile-only stand-in
 * (docs/jenkins-build.md): the retention and targets; the @InterceptorAnnotation meta-annotation and the
 * nested ErrorCustomizer and Processor are left out.
 */
package org.kohsuke.stapler.interceptor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequirePOST {}
