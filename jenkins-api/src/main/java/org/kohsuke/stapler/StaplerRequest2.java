/*
 * Signature of org.kohsuke.stapler.StaplerRequest2 from org.kohsuke.stapler:stapler:2088.v915606dc8e86 (jenkinsci/stapler, tag 2088.v915606dc8e86; the version jenkins-core 2.568.1 uses),
 * core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java. Compile-only stand-in
 * (docs/jenkins-build.md): the real supertype (jakarta.servlet-api 5.0.0, the version jenkins-core
 * 2.568.1 uses, is the real jar) and the one method the plugin calls.
 */
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;

public interface StaplerRequest2 extends HttpServletRequest {
    void bindJSON(Object bean, JSONObject src);
}
