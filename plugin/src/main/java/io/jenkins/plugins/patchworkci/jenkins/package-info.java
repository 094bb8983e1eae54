/**
 * The Jenkins side of patchwork-ci: global configuration of the Patchwork servers, and later the
 * branch source and pipeline steps. Classes here translate between Jenkins (descriptors, forms,
 * credentials, permissions) and the engine; the logic itself lives in the engine, which has no
 * Jenkins types.
 *
 * <p>This package is compiled twice: by {@code plugin/} against the real Jenkins APIs (with
 * {@code -Pjenkins}), and by {@code plugin-typecheck/} against the signatures in
 * {@code jenkins-api/}. Use only Jenkins members that exist there (see docs/jenkins-build.md for
 * how to add one), and no generated {@code Messages} class, which only the real build produces.
 */
package io.jenkins.plugins.patchworkci.jenkins;
