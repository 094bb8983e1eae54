package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code checkpatch}: the target tree's own {@code scripts/checkpatch.pl}, run from the top of the
 * tree on the patch (as a mail on standard input), with NIPA's arguments. Errors fail; warnings
 * and checks warn.
 *
 * <p>Options: {@code args} (NIPA's {@code --strict --max-line-length=80}), {@code ignore} (NIPA's
 * types: COMMIT_LOG_LONG_LINE, MACRO_ARG_REUSE, ALLOC_SIZEOF_STRUCT, NO_AUTHOR_SIGN_OFF,
 * GIT_COMMIT_ID, CAMELCASE), {@code script} (scripts/checkpatch.pl).
 */
public final class CheckpatchCheck extends PatchCheck {

    public static final String NAME = "checkpatch";
    public static final List<String> DEFAULT_ARGS = List.of("--strict", "--max-line-length=80");
    public static final List<String> DEFAULT_IGNORE = List.of("COMMIT_LOG_LONG_LINE", "MACRO_ARG_REUSE",
            "ALLOC_SIZEOF_STRUCT", "NO_AUTHOR_SIGN_OFF", "GIT_COMMIT_ID", "CAMELCASE");

    public CheckpatchCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return context.treeFile(options.string("script", "scripts/checkpatch.pl")).isPresent();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        Path tree = context.workTree().orElseThrow();
        List<String> cmd = new ArrayList<>(ToolCommand.script(tree, options.string("script", "scripts/checkpatch.pl"),
                context.tools()));
        cmd.addAll(options.list("args", DEFAULT_ARGS));
        cmd.add("--show-types");
        List<String> ignore = options.list("ignore", DEFAULT_IGNORE);
        if (!ignore.isEmpty()) {
            cmd.add("--ignore=" + String.join(",", ignore));
        }
        cmd.add("-");
        // The script is the patched tree's own: it runs confined like the build.
        ToolOutput out = new ToolCommand(cmd).directory(tree).using(context.tools()).launchedBy(context.launcher())
                .input(patch.asMail().getBytes(StandardCharsets.UTF_8)).call();
        CheckpatchReport report = CheckpatchReport.parse(out.stdout());
        if (out.timedOut() || !report.hasTotal()) {
            return Verdict.of(CheckState.WARNING, "checkpatch did not finish" + (out.timedOut() ? " (timed out)" : ""),
                    out.combined());
        }
        if (report.errors() == 0 && report.warnings() == 0 && report.checks() == 0) {
            return Verdict.of(CheckState.SUCCESS, report.summary(), out.stdout());
        }
        CheckState state = report.errors() > 0 ? CheckState.FAIL : CheckState.WARNING;
        String first = report.messages().isEmpty() ? "" : "; " + report.messages().get(0);
        return Verdict.of(state, report.summary() + first, out.stdout());
    }
}
