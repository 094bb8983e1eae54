/*
 * Signature of org.kohsuke.stapler.QueryParameter from org.kohsuke.stapler:stapler:2088.v915606dc8e86 (jenkinsci/stapler, tag 2088.v915606dc8e86; the version jenkins-core 2.568.1 uses),
 * core/src/main/java/org/kohsuke/stapler/QueryParameter.java. Compile-only stand-in
 * (docs/jenkins-build.md): the elements, without the @InjectedParameter meta-annotation and its
 * HandlerImpl.
 */
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    String value() default "";

    boolean required() default false;

    boolean fixEmpty() default false;
}
