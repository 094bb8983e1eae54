package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code build_warnings} (and any other name a pipeline gives a build, e.g. {@code build_clang}):
 * runs the pipeline's build command in the work tree before and after each patch and reports the
 * compiler warnings the patch adds, compared by fingerprint ({@link CompilerWarning}), not by
 * count as NIPA's build tests do: a patch that fixes one warning and adds another is still caught.
 *
 * <p>For each patch the tree is built at the patch's parent right after the patch's files were
 * rewritten, then at the patch; both builds are incremental and recompile the same files, so the
 * two warning lists cover the same sources (NIPA's {@code HEAD~} then {@code HEAD}).
 *
 * <p>Options: {@code command} (the argument list; without one the check does not run),
 * {@code newWarnings} (fail), {@code timeoutMinutes} (the launcher's build time limit, else 60).
 * The build runs through the context's {@link ToolLauncher}, in its {@link BuildEnvironment}. A build that fails after the patch but
 * not before fails; one that fails before the patch too is reported as a broken base, a warning.
 */
public final class BuildWarningsCheck implements Check {

    public static final String NAME = "build_warnings";
    private final String name;

    public BuildWarningsCheck() {
        this(NAME);
    }

    public BuildWarningsCheck(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<CheckResult> run(CheckContext context, CheckOptions options) throws IOException, InterruptedException {
        if (!context.applied() || options.list("command", List.of()).isEmpty()) {
            return List.of();
        }
        List<CheckResult> out = new ArrayList<>();
        // One checkout session for the series: the tree goes back to where it was once, at the end.
        try (WorkTreeCheckout checkout = new WorkTreeCheckout(context.workTree().orElseThrow())) {
            for (PatchUnderTest patch : context.patches()) {
                out.add(check(patch, checkout, context, options).forPatch(name, patch.number()));
            }
        }
        return out;
    }

    private Verdict check(PatchUnderTest patch, WorkTreeCheckout checkout, CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        Path tree = context.workTree().orElseThrow();
        String parent = context.parentOf(patch).orElseThrow();
        String commit = patch.commit().orElseThrow();
        checkout.checkout(commit);
        // Going back rewrites exactly the files the patch touches, so make rebuilds just those.
        checkout.checkout(parent);
        ToolOutput before = build(tree, context, options);
        checkout.checkout(commit);
        ToolOutput after = build(tree, context, options);
        List<CompilerWarning> was = CompilerWarning.parse(before.combined(), tree);
        List<CompilerWarning> now = CompilerWarning.parse(after.combined(), tree);
        WarningSet wasSet = fingerprints(was);
        WarningSet nowSet = fingerprints(now);
        List<String> added = nowSet.newSince(wasSet);
        String counts = "Errors and warnings before: " + was.size() + " this patch: " + now.size();
        if (!after.succeeded()) {
            String why = after.timedOut() ? "build timed out" : "build failed (exit " + after.exitCode() + ")";
            if (!before.succeeded()) {
                return Verdict.of(CheckState.WARNING, "base broken: the build fails before this patch too",
                        tail(after.combined()));
            }
            return Verdict.of(CheckState.FAIL, why + "; " + counts,
                    (added.isEmpty() ? "" : "New diagnostics:\n" + String.join("\n", added) + "\n\n")
                            + tail(after.combined()));
        }
        if (added.isEmpty()) {
            return Verdict.of(CheckState.SUCCESS, counts, "");
        }
        return Verdict.of(options.state("newWarnings", CheckState.FAIL), counts + "; new: " + added.size(),
                "New warnings:\n" + String.join("\n", added) + "\n");
    }

    private static WarningSet fingerprints(List<CompilerWarning> warnings) {
        WarningSet set = new WarningSet();
        warnings.forEach(w -> set.add(w.fingerprint(), w.raw()));
        return set;
    }

    private static ToolOutput build(Path tree, CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        // The Makefile is patched code: it builds as the pipeline's own builds do, confined, in
        // their environment and with their time limit (this check's timeoutMinutes, when set, wins).
        ToolLauncher launcher = context.launcher();
        Duration limit = options.has("timeoutMinutes")
                ? Duration.ofMinutes(options.integer("timeoutMinutes", 60))
                : launcher.buildTimeout().orElse(Duration.ofMinutes(60));
        return new ToolCommand(options.list("command", List.of())).directory(tree)
                .using(context.tools()).timeout(limit).launchedBy(launcher).call();
    }

    /** The end of a build log, where the error usually is. */
    private static String tail(String log) {
        String[] lines = log.split("\n");
        List<String> last = new ArrayList<>();
        for (int i = Math.max(0, lines.length - 100); i < lines.length; i++) {
            last.add(lines[i]);
        }
        return String.join("\n", last) + "\n";
    }
}
