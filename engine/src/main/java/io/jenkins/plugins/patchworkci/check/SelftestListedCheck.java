package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code check_selftest}: a selftest the patch adds under {@code tools/testing/selftests/} is
 * wired up. A new {@code .sh} in a directory with a Makefile must be named there (NIPA's rule); a
 * new {@code .c} there must be built by the Makefile, and when it is a test program
 * ({@code TEST_GEN_PROGS} and friends) its binary must be in a {@code .gitignore} of its directory
 * or a parent up to {@code tools/testing/selftests}. Files are read as the series leaves them.
 * Sources under {@code progs/} (BPF programs, built by wildcard) are not tests on their own.
 */
public final class SelftestListedCheck extends PatchCheck {

    public static final String NAME = "check_selftest";
    private static final String ROOT = "tools/testing/selftests/";

    public SelftestListedCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return context.applied();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) throws IOException {
        List<String> added = patch.parsedDiff().files().stream().filter(Diff.DiffFile::created)
                .map(Diff.DiffFile::path)
                .filter(p -> p.startsWith(ROOT) && (p.endsWith(".sh") || p.endsWith(".c")))
                .filter(p -> !p.contains("/progs/"))
                .toList();
        if (added.isEmpty()) {
            return Verdict.success("No new selftests");
        }
        String commit = context.lastCommit().orElseThrow();
        List<String> problems = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        try (TreeHistory history = TreeHistory.open(context.workTree().orElseThrow())) {
            for (String path : added) {
                String dir = path.substring(0, path.lastIndexOf('/'));
                String file = path.substring(path.lastIndexOf('/') + 1);
                Optional<String> makefile = history.readText(commit, dir + "/Makefile");
                if (makefile.isEmpty()) {
                    fine.add(path + ": no Makefile in " + dir);
                    continue;
                }
                SelftestMakefile mk = new SelftestMakefile(makefile.get());
                if (file.endsWith(".sh")) {
                    if (mk.listing(file) != null || mk.mentions(file) || mk.globs(".sh")) {
                        fine.add(path + ": in " + dir + "/Makefile");
                    } else {
                        problems.add("Script " + file + " not found in " + dir + "/Makefile");
                    }
                    continue;
                }
                String program = file.substring(0, file.length() - 2);
                String list = mk.listing(program);
                if (list == null) {
                    if (mk.mentions(program) || mk.mentions(file) || mk.globs(".c")) {
                        fine.add(path + ": built by " + dir + "/Makefile (not a test program)");
                    } else {
                        problems.add("Program " + program + " not built by " + dir + "/Makefile");
                    }
                    continue;
                }
                if (list.startsWith("TEST_GEN") || list.equals("TEST_CUSTOM_PROGS")) {
                    if (ignored(history, commit, dir, program)) {
                        fine.add(path + ": " + list + ", in .gitignore");
                    } else {
                        problems.add("Program " + program + " (" + list + ") not in " + dir + "/.gitignore");
                    }
                } else {
                    fine.add(path + ": " + list);
                }
            }
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(fine);
        String details = String.join("\n", all) + "\n";
        if (problems.isEmpty()) {
            return Verdict.of(CheckState.SUCCESS, "New selftests listed in their Makefile: " + added.size(), details);
        }
        return Verdict.of(CheckState.FAIL, String.join("; ", problems), details);
    }

    /** Whether a .gitignore in the directory or a parent up to the selftests root names the binary. */
    private static boolean ignored(TreeHistory history, String commit, String dir, String program) throws IOException {
        String d = dir;
        String relative = program;
        while (d.startsWith(ROOT.substring(0, ROOT.length() - 1))) {
            Optional<String> gi = history.readText(commit, d + "/.gitignore");
            if (gi.isPresent()) {
                for (String line : gi.get().split("\n")) {
                    String l = line.strip();
                    if (l.equals(relative) || l.equals("/" + relative) || l.equals(program)) {
                        return true;
                    }
                }
            }
            int slash = d.lastIndexOf('/');
            if (slash < 0) {
                break;
            }
            relative = d.substring(slash + 1) + "/" + relative;
            d = d.substring(0, slash);
        }
        return false;
    }
}
