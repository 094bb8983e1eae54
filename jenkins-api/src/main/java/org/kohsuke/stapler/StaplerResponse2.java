/*
 * Signature of org.kohsuke.stapler.StaplerResponse2 from org.kohsuke.stapler:stapler:2088.v915606dc8e86 (jenkinsci/stapler, tag 2088.v915606dc8e86; the version jenkins-core 2.568.1 uses),
 * core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java. Compile-only stand-in
 * (docs/jenkins-build.md): the real supertype (jakarta.servlet-api 5.0.0, the real jar) and
 * sendRedirect2. Left out: every other member.
 */
package org.kohsuke.stapler;

import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

public interface StaplerResponse2 extends HttpServletResponse {
    void sendRedirect2(@NonNull String url) throws IOException;
}
