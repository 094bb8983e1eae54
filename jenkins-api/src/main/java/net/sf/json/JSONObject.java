/*
 * Signature of net.sf.json.JSONObject from org.kohsuke.stapler:json-lib:2.4-jenkins-15
 * (jenkinsci/json-lib, tag json-lib-2.4-jenkins-15; the version jenkins-core 2.568.1 uses, which
 * Maven Central does not serve), src/main/java/net/sf/json/JSONObject.java. Compile-only stand-in
 * (docs/jenkins-build.md): the plugin only passes it on, so only the final class is kept; its
 * supertypes (AbstractJSON, JSON, Map<String, Object>, Comparable) are left out.
 */
package net.sf.json;

public final class JSONObject {
    private JSONObject() {
        throw new UnsupportedOperationException("signature only");
    }
}
