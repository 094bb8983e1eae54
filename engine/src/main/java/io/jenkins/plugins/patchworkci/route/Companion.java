package io.jenkins.plugins.patchworkci.route;

/**
 * A user-space series posted for a kernel series, with the tree its tag names and why it was
 * taken as a companion.
 */
public record Companion(PostedSeries series, Tree tree, String reason) {}
