package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cc_maintainers}: the target tree's {@code scripts/get_maintainer.pl} on the patch, and
 * the people and lists it names that the mail was not sent to. As NIPA: a missing author of the
 * commit a Fixes tag blames ({@code blamed_fixes}) fails; other missing maintainers warn when at
 * least two were copied, fail otherwise.
 *
 * <p>Options: {@code args} (NIPA's {@code --git-min-percent 25}), {@code ignore} (addresses never
 * expected; linux-kernel@vger.kernel.org), {@code script}. A pull request is skipped.
 */
public final class CcMaintainersCheck extends PatchCheck {

    public static final String NAME = "cc_maintainers";
    private static final Pattern EMAIL = Pattern.compile("([^ <\"]*@[^ >\"]*)");

    public CcMaintainersCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return !context.pullRequest()
                && context.treeFile(options.string("script", "scripts/get_maintainer.pl")).isPresent();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options)
            throws IOException, InterruptedException {
        Path tree = context.workTree().orElseThrow();
        ToolOutput out;
        try (ScratchDir scratch = new ScratchDir(context.launcher().environment(), "cc")) {
            Path mail = scratch.write("patch-" + patch.number() + ".mbox",
                    patch.asMail().getBytes(StandardCharsets.UTF_8));
            List<String> cmd = new ArrayList<>(ToolCommand.script(tree,
                    options.string("script", "scripts/get_maintainer.pl"), context.tools()));
            cmd.addAll(options.list("args", List.of("--git-min-percent", "25")));
            cmd.add("--");
            cmd.add(mail.toString());
            // The script is the patched tree's own: confined, reading the mail from the scratch directory.
            out = new ToolCommand(cmd).directory(tree).using(context.tools())
                    .launchedBy(context.launcher(), scratch.path()).call();
        }
        if (!out.succeeded()) {
            return Verdict.of(CheckState.WARNING, "get_maintainer.pl failed (exit " + out.exitCode() + ")",
                    out.combined());
        }
        Set<String> ignore = lower(options.list("ignore", List.of("linux-kernel@vger.kernel.org")));
        Set<String> included = lower(patch.recipients());
        Set<String> expected = new LinkedHashSet<>();
        Set<String> blamed = new LinkedHashSet<>();
        for (String line : out.stdout().split("\n")) {
            Matcher m = EMAIL.matcher(line);
            if (!m.find()) {
                continue;
            }
            String addr = m.group(1).toLowerCase(Locale.ROOT);
            if (ignore.contains(addr)) {
                continue;
            }
            expected.add(addr);
            if (line.contains("blamed_fixes")) {
                blamed.add(addr);
            }
        }
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(included);
        // Last resort, as NIPA: a maintainer copied under another of their addresses was copied.
        Optional<Path> mailmapFile = context.treeFile(".mailmap");
        Mailmap mailmap = mailmapFile.isPresent() ? new Mailmap(Files.readString(mailmapFile.get())) : Mailmap.empty();
        Set<String> mapped = new LinkedHashSet<>();
        for (String m : missing) {
            if (included.stream().anyMatch(i -> mailmap.samePerson(m, i))) {
                mapped.add(m);
            }
        }
        missing.removeAll(mapped);
        Set<String> missingBlamed = new LinkedHashSet<>(blamed);
        missingBlamed.removeAll(included);
        missingBlamed.removeAll(mapped);
        int found = expected.size() - missing.size();
        String details = "Included: " + included + "\nExpected: " + expected + "\nMapped (.mailmap): " + mapped
                + "\nMissing: " + missing
                + "\n\n=== get_maintainer.pl ===\n" + out.stdout();
        if (!missingBlamed.isEmpty()) {
            return Verdict.of(CheckState.FAIL, missingBlamed.size() + " blamed authors not CCed: "
                    + String.join(" ", missingBlamed) + "; " + missing.size() + " maintainers not CCed: "
                    + String.join(" ", missing), details);
        }
        if (!missing.isEmpty()) {
            return Verdict.of(found > 1 ? CheckState.WARNING : CheckState.FAIL,
                    missing.size() + " maintainers not CCed: " + String.join(" ", missing), details);
        }
        return Verdict.of(CheckState.SUCCESS, "CCed " + found + " of " + expected.size() + " maintainers", details);
    }

    private static Set<String> lower(List<String> addresses) {
        Set<String> out = new LinkedHashSet<>();
        addresses.forEach(a -> out.add(a.strip().toLowerCase(Locale.ROOT)));
        return out;
    }
}
