package io.jenkins.plugins.patchworkci.bench.kernel;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.WorkTree;
import io.jenkins.plugins.patchworkci.bench.process.ProcessCost;
import io.jenkins.plugins.patchworkci.bench.process.TimedCommand;
import io.jenkins.plugins.patchworkci.bench.suite.Figure;
import io.jenkins.plugins.patchworkci.bench.suite.ResultTable;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code git am} against our applier on the real Linux 6.1 tree (about 75,000 files), a series of
 * 100 patches each changing one real C file under {@code net/} and {@code drivers/net/}. Like the
 * generated-tree benchmark: both start from a checked-out base with a fresh index and end with the
 * commits, the work tree and the index at the last commit; the commits must be identical. Our side
 * reads the series with our own parser before the timing (git am's timing includes its mailinfo,
 * a small part of its work).
 */
public final class KernelTreeBenchmark {

    private static final PersonIdent COMMITTER = new PersonIdent("Bench Committer", "bench@example.org",
            Instant.ofEpochSecond(1700000000), ZoneOffset.UTC);

    private final Path tarball;
    private final Path cache;
    private final int patches;
    private final Path pwci;

    /** @param pwci the {@code ./pwci} launcher, for the whole-process rounds */
    public KernelTreeBenchmark(Path tarball, Path cache, int patches, Path pwci) {
        this.tarball = tarball;
        this.cache = cache;
        this.patches = patches;
        this.pwci = pwci;
    }

    public void run(ResultTable table, Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(tarball)) {
            table.note("kernel tree: " + tarball + " is not installed (apt-get install linux-source-6.1); skipped");
            return;
        }
        KernelTree tree = KernelTree.open(tarball, Files.createDirectories(cache));
        Path repo = tree.repo();
        KernelTree.run(repo, "git", "checkout", "-q", "-f", "-B", "gitam", "base");
        String base = KernelTree.run(repo, "git", "rev-parse", "base").strip();
        List<String> files = KernelTree.run(repo, "git", "ls-files", "net/*.c", "drivers/net/*.c").lines().toList();
        int fileCount = KernelTree.run(repo, "git", "ls-files").lines().mapToInt(l -> 1).sum();
        Files.createDirectories(work);
        Path stream = work.resolve("series.fi");
        writeSeries(repo, files, base, stream);
        KernelTree.run(repo, stream, "git", "fast-import", "--quiet", "--force");
        Path mbox = work.resolve("series.mbox");
        Files.writeString(mbox, KernelTree.run(repo, "git", "format-patch", "--stdout", "--thread=shallow",
                "base.." + "refs/heads/bench-series"), StandardCharsets.UTF_8);
        Series series = SeriesReader.assemble(SeriesReader.withDefaults().read(mbox).messages()).series().stream()
                .max((a, b) -> Integer.compare(a.patches().size(), b.patches().size())).orElseThrow();
        List<PatchToApply> parsed = SeriesFacts.patchesToApply(series);
        for (int round = 1; round <= 2; round++) {
            KernelTree.run(repo, "git", "checkout", "-q", "-f", "-B", "gitam", "base");
            KernelTree.run(repo, "git", "update-index", "-q", "--refresh");
            long t0 = System.nanoTime();
            KernelTree.run(repo, mbox, "git", "am", "-q");
            double gitAm = (System.nanoTime() - t0) / 1e9;
            String gitHead = KernelTree.run(repo, "git", "rev-parse", "HEAD").strip();

            Path ours = tree.ours();
            KernelTree.run(ours, "git", "checkout", "-q", "-f", "-B", "ours", base);
            KernelTree.run(ours, "git", "update-index", "-q", "--refresh");
            long t1 = System.nanoTime();
            ObjectId head = applyAndCheckout(ours, ObjectId.fromString(base), parsed);
            double mine = (System.nanoTime() - t1) / 1e9;
            boolean identical = head.name().equals(gitHead)
                    && KernelTree.run(ours, "git", "status", "--porcelain", "--untracked-files=no").isEmpty();
            table.add(new Figure("applying", String.format(Locale.ROOT,
                    "real Linux 6.1 tree (%,d files), %d patches to net/ and drivers/net/, round %d%s", fileCount,
                    parsed.size(), round, round == 1 ? " (first in this JVM)" : ""),
                    String.format(Locale.ROOT, "%.3f s", mine), String.format(Locale.ROOT, "%.3f s (git am)", gitAm),
                    gitAm / mine, ">= 3x, identical trees", gitAm / mine >= 3 && identical));
            if (!identical) {
                table.note("kernel tree: our commits differ from git am's (" + head.name() + " vs " + gitHead + ")");
            }
        }
        wholeProcess(table, tree, base, mbox, parsed.size(), fileCount);
    }

    /**
     * {@code pwci am} against {@code git am} as whole processes on the same tree and series, three
     * rounds alternated: what a maintainer who types the command sees, start-up and mail parsing
     * included (the rounds above time the applier alone, inside a warm JVM).
     */
    private void wholeProcess(ResultTable table, KernelTree tree, String base, Path mbox, int count, int fileCount)
            throws IOException, InterruptedException {
        if (!TimedCommand.available()) {
            table.note("kernel tree: /usr/bin/time is not installed (apt-get install time); whole-process rounds skipped");
            return;
        }
        List<ProcessCost> git = new ArrayList<>();
        List<ProcessCost> ours = new ArrayList<>();
        boolean identical = true;
        for (int round = 0; round < 3; round++) {
            KernelTree.run(tree.repo(), "git", "checkout", "-q", "-f", "-B", "gitam", "base");
            KernelTree.run(tree.repo(), "git", "update-index", "-q", "--refresh");
            KernelTree.run(tree.ours(), "git", "checkout", "-q", "-f", "-B", "ours", base);
            KernelTree.run(tree.ours(), "git", "update-index", "-q", "--refresh");
            for (int turn = 0; turn < 2; turn++) {
                if ((round + turn) % 2 == 0) {
                    git.add(TimedCommand.run(tree.repo(), KernelTree.GIT_ENV, false,
                            List.of("git", "am", "-q", mbox.toAbsolutePath().toString())));
                } else {
                    ours.add(TimedCommand.run(tree.ours(), KernelTree.GIT_ENV, false,
                            List.of(pwci.toString(), "am", mbox.toAbsolutePath().toString())));
                }
            }
            identical &= KernelTree.run(tree.repo(), "git", "rev-parse", "HEAD")
                    .equals(KernelTree.run(tree.ours(), "git", "rev-parse", "HEAD"));
        }
        ProcessCost g = ProcessCost.median(git);
        ProcessCost o = ProcessCost.median(ours);
        double ratio = g.wallSeconds() / o.wallSeconds();
        table.add(new Figure("pwci am", String.format(Locale.ROOT, "real Linux 6.1 tree (%,d files), %d patches:"
                        + " whole process, cold, median of 3 alternated", fileCount, count), o.text(),
                g.text() + " (git am)", ratio, count >= 100 ? ">= 3x, identical commits" : ">= 1x, identical commits",
                ratio >= (count >= 100 ? 3 : 1) && identical));
        if (!identical) {
            table.note("kernel tree: pwci am's commits differ from git am's");
        }
    }

    /** Each patch inserts a comment line after line 20 of one real file: one hunk with real context. */
    private void writeSeries(Path repo, List<String> files, String base, Path stream) throws IOException {
        int step = Math.max(1, files.size() / patches);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream), 1 << 20)) {
            for (int i = 0; i < patches && i * step < files.size(); i++) {
                String path = files.get(i * step);
                List<String> lines = Files.readAllLines(repo.resolve(path), StandardCharsets.ISO_8859_1);
                int at = Math.min(20, lines.size());
                StringBuilder text = new StringBuilder();
                for (int l = 0; l < lines.size(); l++) {
                    if (l == at) {
                        text.append("/* pwci bench: change ").append(i + 1).append(" */\n");
                    }
                    text.append(lines.get(l)).append('\n');
                }
                if (at == lines.size()) { // a file shorter than 20 lines: the change goes at its end
                    text.append("/* pwci bench: change ").append(i + 1).append(" */\n");
                }
                String msg = "net: bench change " + (i + 1) + " to " + path + "\n\nTouches one real file.\n\n"
                        + "Signed-off-by: Bench Author <author@example.org>\n";
                StringBuilder b = new StringBuilder();
                b.append("commit refs/heads/bench-series\n")
                        .append("author Bench Author <author@example.org> ").append(1500000000 + i).append(" +0000\n")
                        .append("committer Bench Author <author@example.org> ").append(1500000000 + i).append(" +0000\n");
                byte[] m = msg.getBytes(StandardCharsets.UTF_8);
                b.append("data ").append(m.length).append('\n').append(msg).append('\n');
                if (i == 0) {
                    b.append("from ").append(base).append('\n');
                }
                byte[] content = text.toString().getBytes(StandardCharsets.ISO_8859_1);
                b.append("M 100644 inline ").append(path).append('\n').append("data ").append(content.length)
                        .append('\n');
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.write('\n');
            }
        }
    }

    private static ObjectId applyAndCheckout(Path checkout, ObjectId base, List<PatchToApply> patches)
            throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(checkout.toFile())
                .setGitDir(checkout.resolve(".git").toFile()).build()) {
            AppliedSeries r = new ApplySeries(repo).setTip(base).setPatches(patches).setCommitter(COMMITTER).call();
            if (!r.applied()) {
                throw new IOException(r.summary());
            }
            RefUpdate u = repo.updateRef("refs/heads/ours");
            u.setNewObjectId(r.head());
            u.setForceUpdate(true);
            u.update();
            new WorkTree(repo).move(base, r.head());
            return r.head();
        }
    }
}
