/*
 * Signature of hudson.Extension from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/Extension.java. Compile-only stand-in (docs/jenkins-build.md): the
 * plugin uses the bare annotation, so its elements (ordinal, optional, dynamicLoadable) and the
 * @Indexable meta-annotation from annotation-indexer are left out.
 */
package hudson;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {}
