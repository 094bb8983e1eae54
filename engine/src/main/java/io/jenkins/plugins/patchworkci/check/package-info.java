/**
 * Checks: the {@link io.jenkins.plugins.patchworkci.check.Check} interface, its per-patch and
 * per-series bases, the registry and configuration by name, and the built-in checks under NIPA's
 * names. Each check turns a {@link io.jenkins.plugins.patchworkci.check.CheckContext} (the series,
 * its applied commits, the target tree) into per-patch
 * {@link io.jenkins.plugins.patchworkci.check.CheckResult}s.
 *
 * <p>Checks run tools from the target tree (checkpatch.pl, get_maintainer.pl, kernel-doc) or the
 * pipeline's build command, always as argument lists through
 * {@link io.jenkins.plugins.patchworkci.check.ToolCommand}: no shell, the one environment of code
 * from a patched tree ({@link io.jenkins.plugins.patchworkci.check.BuildEnvironment}, through the
 * context's {@link io.jenkins.plugins.patchworkci.check.ToolLauncher}), a time limit, bounded output. Nothing from mail is ever run or interpreted by a shell. Reporting
 * the results (Patchwork, mail) is the report package's job, not this one's; see docs/checks.md.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.check;

import org.jspecify.annotations.NullMarked;
