/*
 * Signature of hudson.ProxyConfiguration from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/ProxyConfiguration.java. Compile-only stand-in (docs/jenkins-build.md):
 * the static factory the plugin calls; the supertypes (Describable, Saveable, Serializable) and the
 * constructors, which the plugin does not call, are left out.
 */
package hudson;

import java.net.http.HttpClient;

public final class ProxyConfiguration {
    private ProxyConfiguration() {
        throw new UnsupportedOperationException("signature only");
    }

    public static HttpClient.Builder newHttpClientBuilder() {
        throw new UnsupportedOperationException("signature only");
    }
}
