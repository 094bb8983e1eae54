package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code kdoc}: new kernel-doc warnings. The tree's {@code scripts/kernel-doc -none} runs on the
 * C files the patch touches, as they were before it and after it (read from the object database
 * into a scratch directory, so the work tree is not touched); warnings are compared with line
 * numbers taken out, so moving code is not a new warning. NIPA compares counts; this names the
 * warnings that are new.
 *
 * <p>Options: {@code script} (scripts/kernel-doc), {@code args} (-none).
 */
public final class KdocCheck extends PatchCheck {

    public static final String NAME = "kdoc";
    private static final Pattern LINE_NUMBER = Pattern.compile(":\\d+:");

    public KdocCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return context.applied() && context.treeFile(options.string("script", "scripts/kernel-doc")).isPresent();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        List<String> files = patch.parsedDiff().files().stream()
                .filter(f -> !f.deleted())
                .map(Diff.DiffFile::path)
                .filter(p -> p.endsWith(".c") || p.endsWith(".h"))
                .toList();
        if (files.isEmpty()) {
            return Verdict.success("No C files touched");
        }
        Path tree = context.workTree().orElseThrow();
        WarningSet before;
        WarningSet after;
        String afterOutput;
        try (TreeHistory history = TreeHistory.open(tree)) {
            before = warnings(run(history, context.parentOf(patch).orElseThrow(), files, context, options)).set;
            Output a = warnings(run(history, patch.commit().orElseThrow(), files, context, options));
            after = a.set;
            afterOutput = a.text;
        }
        List<String> added = after.newSince(before);
        String description = "Errors and warnings before: " + before.size() + " this patch: " + after.size();
        if (added.isEmpty()) {
            return Verdict.of(CheckState.SUCCESS, description, afterOutput);
        }
        return Verdict.of(CheckState.FAIL, description + "; new: " + added.size(),
                "New warnings:\n" + String.join("\n", added) + "\n\nAll warnings after the patch:\n" + afterOutput);
    }

    private record Output(WarningSet set, String text) {}

    private static Output warnings(String output) {
        WarningSet set = new WarningSet();
        StringBuilder text = new StringBuilder();
        for (String line : output.split("\n")) {
            if (line.isBlank() || line.contains("Error: Cannot open file")) {
                continue;
            }
            set.add(LINE_NUMBER.matcher(line).replaceAll(":"), line);
            text.append(line).append('\n');
        }
        return new Output(set, text.toString());
    }

    private static String run(TreeHistory history, String commit, List<String> files, CheckContext context,
            CheckOptions options) throws IOException, InterruptedException {
        Path tree = context.workTree().orElseThrow();
        try (ScratchDir scratch = new ScratchDir(context.launcher().environment(), "kdoc")) {
            List<String> present = new ArrayList<>();
            for (String f : files) {
                Optional<byte[]> content = history.read(commit, f);
                if (content.isPresent()) {
                    scratch.write(f, content.get());
                    // "./" keeps a file named like an option (a path from mail) from being read as one.
                    present.add("./" + f);
                }
            }
            if (present.isEmpty()) {
                return "";
            }
            List<String> cmd = new ArrayList<>(ToolCommand.script(tree, options.string("script", "scripts/kernel-doc"),
                    context.tools()));
            cmd.addAll(options.list("args", List.of("-none")));
            cmd.addAll(present);
            // The script is the patched tree's own: confined, reading it from the tree.
            ToolOutput out = new ToolCommand(cmd).directory(scratch.path()).using(context.tools())
                    .launchedBy(context.launcher(), tree).call();
            if (out.timedOut()) {
                throw new IOException("kernel-doc timed out on " + present);
            }
            return out.stderr();
        }
    }
}
