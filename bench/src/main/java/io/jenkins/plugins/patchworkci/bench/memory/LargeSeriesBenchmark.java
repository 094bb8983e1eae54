package io.jenkins.plugins.patchworkci.bench.memory;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.bench.HeapPeak;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Presets;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A very large series in a bounded heap: {@code git format-patch} writes a series of N patches
 * (each adding a file of about K kB, so N x K is the mbox size), and this JVM — started with the
 * heap limit under test — reads it ({@link SeriesReader}), assembles it, plans it
 * ({@link Router#quick}) and applies it in memory ({@link ApplySeries}), printing the time and the
 * peak heap. Run by the suite as a child JVM with -Xmx512m.
 *
 * <p>Arguments: work dir, patches, kB per patch.
 */
public final class LargeSeriesBenchmark {

    private LargeSeriesBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int patches = Integer.parseInt(args[1]);
        int kb = Integer.parseInt(args[2]);
        Path repoDir = dir.resolve("repo");
        Files.createDirectories(repoDir);
        git(repoDir, null, "init", "-q", "-b", "main");
        Path stream = dir.resolve("history.fi");
        writeHistory(stream, patches, kb);
        git(repoDir, stream, "fast-import", "--quiet");
        Path mbox = dir.resolve("series.mbox");
        Process fp = new ProcessBuilder("git", "format-patch", "--stdout", "--cover-letter", "--thread=shallow",
                "--subject-prefix=PATCH net-next", "base..series")
                .directory(repoDir.toFile()).redirectOutput(mbox.toFile()).start();
        if (fp.waitFor() != 0) {
            throw new IOException("git format-patch failed");
        }
        String base = new String(new ProcessBuilder("git", "rev-parse", "base").directory(repoDir.toFile()).start()
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        System.gc();
        HeapPeak.reset();
        long t0 = System.nanoTime();
        SeriesReader.Read read = SeriesReader.withDefaults().read(mbox);
        List<Series> all = SeriesReader.assemble(read.messages()).series();
        long t1 = System.nanoTime();
        Series series = all.stream().max((a, b) -> Integer.compare(a.patches().size(), b.patches().size()))
                .orElseThrow(() -> new IOException("no series in " + mbox + "; errors: "
                        + read.errors().stream().limit(3).toList()));
        Plan plan = new Router(Presets.named("netdev").orElseThrow(), null).quick(SeriesFacts.routingInput(series));
        long t2 = System.nanoTime();
        AppliedSeries applied;
        try (Repository repo = new FileRepositoryBuilder().setGitDir(repoDir.resolve(".git").toFile()).build()) {
            applied = new ApplySeries(repo).setTip(ObjectId.fromString(base))
                    .setPatches(SeriesFacts.patchesToApply(series))
                    .setCommitter(new PersonIdent("Bench", "bench@example.org", Instant.ofEpochSecond(1700000000),
                            ZoneOffset.UTC)).call();
        }
        long t3 = System.nanoTime();
        long peak = HeapPeak.bytes();
        System.out.printf(Locale.ROOT, "mbox: %.1f MB, %d patches in the series, %d read errors%n",
                Files.size(mbox) / 1e6, series.patches().size(), read.errors().size());
        System.out.printf(Locale.ROOT, "read+assemble %.2f s, plan %.3f s (%s), apply in memory %.2f s (%s)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, plan.tree().map(t -> t.name()).orElse("undecided"),
                (t3 - t2) / 1e9, applied.applied() ? "applied" : "NOT applied: " + applied.summary());
        System.out.printf(Locale.ROOT, "RESULT mb=%.1f patches=%d seconds=%.2f peakMb=%.0f maxHeapMb=%d applied=%s%n",
                Files.size(mbox) / 1e6, series.patches().size(), (t3 - t0) / 1e9, peak / 1e6,
                Runtime.getRuntime().maxMemory() >> 20, applied.applied());
    }

    /** A base commit and a series of {@code patches} commits, each adding a C file of about {@code kb} kB. */
    private static void writeHistory(Path stream, int patches, int kb) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream), 1 << 20)) {
            StringBuilder b = new StringBuilder();
            b.append("commit refs/heads/base\nmark :1\nauthor Bench Author <author@example.org> 1500000000 +0000\n")
                    .append("committer Bench Author <author@example.org> 1500000000 +0000\n");
            data(b, "net: base\n");
            b.append("M 100644 inline net/core/Makefile\n");
            data(b, "obj-y += dev.o\n");
            for (int i = 1; i <= patches; i++) {
                b.append("commit refs/heads/series\nmark :").append(i + 1).append('\n')
                        .append("author Bench Author <author@example.org> ").append(1500000000 + i).append(" +0000\n")
                        .append("committer Bench Author <author@example.org> ").append(1500000000 + i)
                        .append(" +0000\n");
                data(b, "net: core: add part " + i + " of the large driver\n\nPart " + i + ".\n\n"
                        + "Signed-off-by: Bench Author <author@example.org>\n");
                b.append("from :").append(i).append('\n');
                b.append("M 100644 inline net/core/large/part").append(i).append(".c\n");
                StringBuilder file = new StringBuilder();
                for (int line = 0; file.length() < kb * 1000; line++) {
                    file.append("static int part").append(i).append("_value_").append(line)
                            .append("(void) { return ").append(line * 31 % 977).append("; }\n");
                }
                data(b, file.toString());
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                b.setLength(0);
            }
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void data(StringBuilder b, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        b.append("data ").append(bytes.length).append('\n').append(text).append('\n');
    }

    private static void git(Path dir, Path input, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

}
