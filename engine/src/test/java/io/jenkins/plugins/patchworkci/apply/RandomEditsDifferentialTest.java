package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random histories against {@code git am}: files of lines drawn from a small vocabulary
 * (so contexts repeat and the offset search has choices to make), a two-patch series of random
 * edits, and a tip with random edits of its own (shifted lines, touched context, changes at both
 * ends), now and then a rename or a mode change. Whatever git does — apply, apply at an offset,
 * refuse, merge with -3 — we must do, with the same commits.
 */
class RandomEditsDifferentialTest {

    private static final String[] WORDS = {"a", "b", "c", "{", "}", "return 0;", "", "x++;"};
    private static final int CASES = 25;

    @TempDir
    Path tmp;

    static List<String> randomFile(Random r, int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(WORDS[r.nextInt(WORDS.length)]);
        }
        return l;
    }

    static List<String> edit(Random r, List<String> lines, int edits, String tag) {
        List<String> l = new ArrayList<>(lines);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(l.size() + 1);
            switch (r.nextInt(3)) {
                case 0 -> l.add(at, tag + e);
                case 1 -> {
                    if (at < l.size()) {
                        l.remove(at);
                    }
                }
                default -> {
                    if (at < l.size()) {
                        l.set(at, tag + e + " " + l.get(at));
                    }
                }
            }
        }
        return l;
    }

    static String text(List<String> l, boolean finalNewline) {
        String s = String.join("\n", l);
        return finalNewline ? s + "\n" : s;
    }

    @Test
    void randomSeriesOntoRandomTipsAsGitAm() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("repo"));
        int applied = 0;
        int refused = 0;
        int threeWay = 0;
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            for (int seed = 1; seed <= CASES; seed++) {
                Random r = new Random(seed);
                List<String> f1 = randomFile(r, 20 + r.nextInt(40));
                List<String> f2 = randomFile(r, 5 + r.nextInt(10));
                boolean eol = r.nextInt(4) != 0;
                g.run("checkout", "-q", "-f", "--orphan", "case" + seed);
                g.run("rm", "-q", "-rf", "--ignore-unmatch", ".");
                g.write("one.c", text(f1, eol));
                g.write("two.c", text(f2, true));
                String base = g.commit("base " + seed, "1500000000 +0000");
                List<String> p1 = edit(r, f1, 1 + r.nextInt(3), "p1-");
                g.write("one.c", text(p1, eol));
                g.commit("first " + seed, "1500000100 +0100");
                g.write("one.c", text(edit(r, p1, 1 + r.nextInt(2), "p2-"), eol || r.nextBoolean()));
                g.write("two.c", text(edit(r, f2, 1, "p2-"), true));
                switch (r.nextInt(4)) {
                    case 0 -> g.run("mv", "two.c", "three.c"); // a rename with changes
                    case 1 -> g.run("update-index", "--add", "--chmod=+x", "two.c"); // a mode change
                    default -> { }
                }
                String head = g.commit("second " + seed, "1500000200 -0100");
                byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", base + ".." + head).out();

                g.run("checkout", "-q", "-f", "-B", "tip" + seed, base);
                List<String> t = edit(r, f1, r.nextInt(4), "tip-");
                switch (r.nextInt(4)) {
                    case 0 -> t.add(0, "tip-first"); // hunks anchored at the start must now fail
                    case 1 -> t.add("tip-last"); // and those anchored at the end
                    default -> { }
                }
                g.write("one.c", text(t, eol));
                String tip = g.commit("tip " + seed, "1500000300 +0000");

                ApplySeriesDifferentialTest.GitAm git = ApplySeriesDifferentialTest.gitAm(g, tip, mbox);
                AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip))
                        .setPatches(g.mailinfo(mbox, false)).setCommitter(ApplySeriesDifferentialTest.COMMITTER).call();
                assertThat(ours.applied()).as("seed " + seed + ": " + git.output() + " / " + ours.summary())
                        .isEqualTo(git.ok());
                assertThat(ApplySeriesDifferentialTest.ids(ours)).as("seed " + seed).isEqualTo(git.commits());
                if (git.ok()) {
                    applied++;
                } else {
                    refused++;
                    // Where plain application fails, -3 must fail or succeed as git am -3 does.
                    ApplySeriesDifferentialTest.GitAm git3 = ApplySeriesDifferentialTest.gitAm(g, tip, mbox, "-3");
                    AppliedSeries ours3 = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setThreeWay(true)
                            .setPatches(g.mailinfo(mbox, false)).setCommitter(ApplySeriesDifferentialTest.COMMITTER).call();
                    assertThat(ours3.applied()).as("-3 seed " + seed + ": " + git3.output() + " / " + ours3.summary())
                            .isEqualTo(git3.ok());
                    assertThat(ApplySeriesDifferentialTest.ids(ours3)).as("-3 seed " + seed).isEqualTo(git3.commits());
                    threeWay += git3.ok() ? 1 : 0;
                }
            }
        }
        // The generator must exercise both outcomes, or the comparison proves little.
        assertThat(applied).isGreaterThan(CASES / 5);
        assertThat(refused).isGreaterThan(CASES / 5);
        assertThat(threeWay).isPositive();
    }
}
