/**
 * The series job: one series version taken through plan (route, companions), apply, work tree,
 * build, test suites and checks, as one command object ({@link io.jenkins.plugins.patchworkci.job.SeriesJob}) that
 * {@code pwci run}, {@code pwci check}, {@code pwci apply} and the Jenkins steps all call. Where the
 * trees are is a {@link io.jenkins.plugins.patchworkci.job.TreeAccess}: the service's mirrors ({@link io.jenkins.plugins.patchworkci.job.Mirrors}) or a local
 * repository ({@link io.jenkins.plugins.patchworkci.job.LocalTrees}). Its parts: the plan ({@link io.jenkins.plugins.patchworkci.job.PlanStep}), the build
 * commands ({@link io.jenkins.plugins.patchworkci.job.BuildStep}, {@link io.jenkins.plugins.patchworkci.job.CommandRunner}, confined by {@link io.jenkins.plugins.patchworkci.job.Sandbox}),
 * the test suites ({@link io.jenkins.plugins.patchworkci.job.TestSuites}), the libbpf side of a kernel series
 * ({@link io.jenkins.plugins.patchworkci.job.LibbpfPart}), and what routing and applying read from a series ({@link io.jenkins.plugins.patchworkci.job.SeriesFacts}).
 *
 * <p>What must not live here: reporting (JSON, HTML, Patchwork, mail: the callers', from the job's
 * values), polling, queues and configuration files ({@code run}), Jenkins types. Patched code runs
 * only through the one build environment's launcher the caller gives.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.job;

import org.jspecify.annotations.NullMarked;
