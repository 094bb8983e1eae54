/**
 * What the Jenkins branch source needs to know about a Patchwork project, without Jenkins types:
 * one head per series lineage and target tree ({@link io.jenkins.plugins.patchworkci.scan.HeadName}),
 * one revision per version ({@link io.jenkins.plugins.patchworkci.scan.RevisionId}), which heads are
 * wanted ({@link io.jenkins.plugins.patchworkci.scan.ScanFilter}) and which are finished
 * ({@link io.jenkins.plugins.patchworkci.scan.FinalStates}), the scan itself
 * ({@link io.jenkins.plugins.patchworkci.scan.SeriesScan}, which raises rather than return less than it
 * found), and the Patchwork events that change a head
 * ({@link io.jenkins.plugins.patchworkci.scan.EventMapper}, {@link io.jenkins.plugins.patchworkci.scan.EventPoll}).
 *
 * <p>Everything here is tested in the engine; the plugin only translates these values into SCM API
 * objects. Nothing here applies or builds a series: that happens on an agent.
 */
package io.jenkins.plugins.patchworkci.scan;
