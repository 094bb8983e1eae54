/**
 * The Patchwork REST API client (API 1.1 to 1.3): projects, series, patches, events, and posting checks.
 * Speaks HTTP and JSON only; turns Patchwork data into {@code series} through {@code mail}.
 */
package io.jenkins.plugins.patchworkci.patchwork;
