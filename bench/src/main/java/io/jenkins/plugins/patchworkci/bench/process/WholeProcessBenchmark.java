package io.jenkins.plugins.patchworkci.bench.process;

import io.jenkins.plugins.patchworkci.bench.suite.Figure;
import io.jenkins.plugins.patchworkci.bench.suite.ResultTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pwci am} as a maintainer runs it, against {@code git am} and {@code b4 am}: whole processes,
 * cold, on series made from real history (libbpf, iproute2), at several sizes, alternated round by
 * round (who goes first changes), medians of wall time, CPU time and peak resident memory. Both
 * appliers start from the same checked-out base with the same committer, and their commits must be
 * identical. {@code b4 am} only prepares an am-ready mailbox (it does not apply), so it is a floor
 * for what {@code b4 shazam} costs.
 */
public final class WholeProcessBenchmark {

    /** A repository of real history, by a short name. */
    public record History(String name, Path repo) {}

    private final Path pwci;
    private final List<History> histories;
    private final int[] sizes;
    private final int rounds;

    /**
     * @param pwci the {@code ./pwci} launcher, exactly what a user runs
     * @param rounds how many times each side runs each series (the median is reported)
     */
    public WholeProcessBenchmark(Path pwci, List<History> histories, int[] sizes, int rounds) {
        this.pwci = pwci;
        this.histories = histories;
        this.sizes = sizes.clone();
        this.rounds = rounds;
    }

    public void run(ResultTable table, Path work) throws IOException, InterruptedException {
        if (!TimedCommand.available()) {
            table.note("whole process: /usr/bin/time is not installed (apt-get install time); skipped");
            return;
        }
        if (histories.isEmpty()) {
            table.note("whole process: no real history given (--history=libbpf=DIR,iproute2=DIR: clones of"
                    + " libbpf and iproute2); skipped");
            return;
        }
        Files.createDirectories(work);
        firstLine(table, work);
        boolean b4 = onPath("b4");
        for (History h : histories) {
            Path dir = Files.createDirectories(work.resolve(h.name()));
            Path viaGit = dir.resolve("git");
            Path viaPwci = dir.resolve("pwci");
            Git.run(dir, "clone", "-q", "--shared", h.repo().toAbsolutePath().toString(), viaGit.toString());
            Git.run(dir, "clone", "-q", "--shared", h.repo().toAbsolutePath().toString(), viaPwci.toString());
            for (int size : sizes) {
                RealSeries series = RealSeries.newest(h.repo(), size, dir.resolve(size + ".mbox"));
                compare(table, h.name(), series, viaGit, viaPwci, b4 ? dir.resolve("b4-" + size) : null);
            }
        }
    }

    private void compare(ResultTable table, String name, RealSeries series, Path viaGit, Path viaPwci, Path b4Out)
            throws IOException, InterruptedException {
        List<ProcessCost> git = new ArrayList<>();
        List<ProcessCost> ours = new ArrayList<>();
        List<ProcessCost> b4 = new ArrayList<>();
        boolean identical = true;
        String b4Failure = null;
        String mbox = series.mbox().toAbsolutePath().toString();
        for (int round = 0; round < rounds; round++) {
            Git.reset(viaGit, series.base());
            Git.reset(viaPwci, series.base());
            for (int turn = 0; turn < 2; turn++) {
                if ((round + turn) % 2 == 0) {
                    git.add(TimedCommand.run(viaGit, Git.ENV, false, List.of("git", "am", "-q", mbox)));
                } else {
                    ours.add(TimedCommand.run(viaPwci, Git.ENV, false, List.of(pwci.toString(), "am", mbox)));
                }
            }
            identical &= Git.run(viaGit, "rev-parse", "HEAD").equals(Git.run(viaPwci, "rev-parse", "HEAD"))
                    && Git.run(viaPwci, "status", "--porcelain", "--untracked-files=no").isEmpty();
            if (b4Out != null && b4Failure == null) {
                Files.createDirectories(b4Out); // b4 writes into it, and does not make it
                ProcessCost c = TimedCommand.run(viaGit, Git.ENV, true, List.of("b4", "-q", "--offline-mode", "am", "-m", mbox,
                        "-o", b4Out.toString(), series.firstMessageId()));
                if (Files.isDirectory(b4Out) && !isEmpty(b4Out)) {
                    b4.add(c);
                } else {
                    b4Failure = "b4 am wrote no mailbox for this series (b4 0.12 stops on a folded Subject header, which"
                            + " git format-patch writes for long subjects)";
                }
                deleteTree(b4Out);
            }
        }
        ProcessCost g = ProcessCost.median(git);
        ProcessCost o = ProcessCost.median(ours);
        int n = series.patches();
        String measure = String.format(Locale.ROOT, "%s, %d-patch series from real history: whole process, cold,"
                + " median of %d alternated", name, n, rounds);
        double ratio = g.wallSeconds() / o.wallSeconds();
        String goal;
        boolean met;
        if (n <= 5) {
            goal = "< 0.5 s wall, within 4x of git am, identical commits";
            met = o.wallSeconds() < 0.5 && o.wallSeconds() <= 4 * g.wallSeconds() && identical;
        } else {
            goal = ">= 1x (as fast as git am), identical commits" + (n >= 150 && n < 300 ? ", < 250 MB" : "");
            met = ratio >= 1 && identical && (n < 150 || n >= 300 || o.peakKb() < 250 * 1024);
        }
        table.add(new Figure("pwci am", measure, o.text(), g.text() + " (git am)", ratio, goal, met));
        if (!identical) {
            table.note(name + ", " + n + " patches: pwci am's commits differ from git am's");
        }
        if (!b4.isEmpty()) {
            ProcessCost b = ProcessCost.median(b4);
            table.add(new Figure("pwci am", measure + ", against b4 am (b4 only prepares the mailbox)", o.text(),
                    b.text() + " (b4 am)", b.wallSeconds() / o.wallSeconds(), n <= 5 ? "faster than b4 am" : "",
                    n <= 5 ? o.wallSeconds() < b.wallSeconds() : null));
        } else if (b4Failure != null) {
            table.note(name + ", " + n + " patches: " + b4Failure);
        }
    }

    /** Time to the first line a command prints, for the commands that read before they print. */
    private void firstLine(ResultTable table, Path work) throws IOException, InterruptedException {
        Path mbox = work.resolve("first-line.mbox");
        RealSeries series = RealSeries.newest(histories.get(0).repo(), 3, mbox);
        for (List<String> args : List.of(List.of("series", series.mbox().toString()), List.of("apply", "--help"),
                List.of("check", "--help"))) {
            List<Double> seconds = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                seconds.add(FirstLine.seconds(work, pwci, args));
            }
            double median = seconds.stream().sorted().toList().get(seconds.size() / 2);
            table.add(Figure.alone("pwci start-up", "time to the first output line of pwci " + String.join(" ", args)
                            .replace(series.mbox().toString(), "<3-patch mbox>") + ", cold, median of " + rounds,
                    String.format(Locale.ROOT, "%.2f s", median), "< 0.3 s", median < 0.3));
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        io.jenkins.plugins.patchworkci.apply.DirectoryTree.deleteIfExists(dir);
    }
}
