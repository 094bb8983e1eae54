/**
 * The Jenkins side of patchwork-ci: global configuration of the Patchwork servers, and later the
 * branch source and pipeline steps. Classes here translate between Jenkins (descriptors, forms,
 * credentials, permissions) and the engine; the logic itself lives in the engine, which has no
 * Jenkins types.
 *
 * <p>Built against the real Jenkins 2.568.1 APIs and tested with JenkinsRule (docs/jenkins-build.md).
 */
package io.jenkins.plugins.patchworkci.jenkins;
