/*
 * Signature of com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials from org.jenkins-ci.plugins:credentials:1502.v5c95e620ddfe
 * (jenkinsci/credentials-plugin, tag 1502.v5c95e620ddfe: the newest source at hand;
 * bom-2.568.x pins 1511.v2e3cb_0008ef0, see docs/jenkins-versions.md),
 * src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials.java. Compile-only stand-in (docs/jenkins-build.md):
 * the @Recommended and @NameWith annotations and the nested NameProvider are left out.
 */
package com.cloudbees.plugins.credentials.common;

public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {}
