/*
 * Signature of io.jenkins.plugins.checks.api.ChecksStatus from io.jenkins.plugins:checks-api:415.vf022234a_931d
 * (jenkinsci/checks-api-plugin, tag 415.vf022234a_931d, the version bom-2.568.x pins),
 * src/main/java/io/jenkins/plugins/checks/api/ChecksStatus.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete.
 */
package io.jenkins.plugins.checks.api;

public enum ChecksStatus {
    NONE, QUEUED, IN_PROGRESS, COMPLETED
}
