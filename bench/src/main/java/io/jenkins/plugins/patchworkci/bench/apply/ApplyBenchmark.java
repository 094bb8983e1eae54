package io.jenkins.plugins.patchworkci.bench.apply;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.WorkTree;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code git am} against our applier, side by side in one run, on (a) a kernel-sized generated
 * repository (70,000 files) with a 100-patch series and (b) a small one with 10 patches.
 *
 * <p>Like for like: both start from a checked-out work tree at the base with a fresh index, and
 * both end with the commits on a branch and the work tree and index at the last commit. git am
 * does it patch by patch (apply, write the index, commit, update the touched files); we apply all
 * patches in core, make the commits, move the branch, then rewrite only the files the series
 * touched and write the index once. Mail parsing is not in our timing (git's mailsplit and
 * mailinfo parse the mails before it: the parser is the mail package's, benchmarked on its own);
 * git am's timing includes its in-process mailinfo, a small part of its work. The check: the
 * commits both make are identical (same ids: tree, message, author, committer).
 *
 * <p>Arguments: [work dir] [files] [patches] [rounds]; defaults /tmp/pwci-apply-bench 70000 100 3.
 */
public final class ApplyBenchmark {

    static final PersonIdent COMMITTER = new PersonIdent(GitProcess.COMMITTER_NAME, GitProcess.COMMITTER_EMAIL,
            Instant.ofEpochSecond(1700000000), ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/pwci-apply-bench");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 70_000;
        int patches = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf("# %s, %d cores, Java %s, %s%n", cpu(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), new String(new ProcessBuilder("git", "--version").start()
                        .getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        List<String> table = new ArrayList<>();
        table.add(String.format("%-28s %6s %8s %10s %10s %7s %-9s %s", "scenario", "files", "patches", "git am s",
                "pwci s", "ratio", "identical", "(pwci: apply+commit / checkout)"));
        table.addAll(scenario(work.resolve("large"), "(a) kernel-like", files, patches, rounds));
        table.addAll(scenario(work.resolve("small"), "(b) small", 200, 10, Math.max(rounds, 7)));
        table.forEach(System.out::println);
    }

    static List<String> scenario(Path dir, String name, int files, int patches, int rounds) throws Exception {
        deleteTree(dir);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path repoDir = Files.createDirectories(dir.resolve("repo"));
        GitProcess git = new GitProcess(home);
        git.text(repoDir, "init", "-q", "-b", "main");
        Path stream = home.resolve("history.fi");
        new SyntheticHistory(files, patches).write(stream);
        git.run(repoDir, stream.toFile(), Map.of(), "fast-import", "--quiet");
        git.text(repoDir, "gc", "-q");
        String base = git.text(repoDir, "rev-parse", "base");
        Path mbox = home.resolve("series.mbox");
        Files.write(mbox, git.run(repoDir, null, Map.of(), "format-patch", "--stdout", "base..series"));
        List<PatchToApply> parsed = mailinfo(git, repoDir, home, mbox);

        // Two checkouts of the base: git am works in one, we in the other (a shared clone).
        git.text(repoDir, "checkout", "-q", "-f", "-B", "gitam", "base");
        Path oursDir = dir.resolve("ours");
        git.text(dir, "clone", "-q", "--shared", "--no-checkout", repoDir.toString(), oursDir.toString());
        git.text(oursDir, "checkout", "-q", "-f", "-B", "ours", base);

        List<String> rows = new ArrayList<>();
        List<Double> warmGit = new ArrayList<>();
        List<Double> warmOurs = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            git.text(repoDir, "checkout", "-q", "-f", "-B", "gitam", "base");
            git.text(repoDir, "update-index", "-q", "--refresh");
            long t0 = System.nanoTime();
            git.run(repoDir, mbox.toFile(), Map.of(), "am", "-q");
            double gitAm = (System.nanoTime() - t0) / 1e9;
            String gitHead = git.text(repoDir, "rev-parse", "HEAD");

            git.text(oursDir, "checkout", "-q", "-f", "-B", "ours", base);
            git.text(oursDir, "update-index", "-q", "--refresh");
            long t1 = System.nanoTime();
            long[] split = new long[1];
            ObjectId ourHead = applyAndCheckout(oursDir, ObjectId.fromString(base), parsed, split);
            long t2 = System.nanoTime();
            double ours = (t2 - t1) / 1e9;
            boolean identical = ourHead.name().equals(gitHead)
                    && git.text(oursDir, "status", "--porcelain", "--untracked-files=no").isEmpty();
            rows.add(String.format("%-28s %6d %8d %10.3f %10.3f %6.1fx %-9s %.3f / %.3f", name + " round " + r, files,
                    patches, gitAm, ours, gitAm / ours, identical ? "yes" : "NO", (split[0] - t1) / 1e9, (t2 - split[0]) / 1e9));
            if (r > 1) {
                warmGit.add(gitAm);
                warmOurs.add(ours);
            }
        }
        if (!warmGit.isEmpty()) {
            double g = median(warmGit);
            double o = median(warmOurs);
            rows.add(String.format("%-28s %6d %8d %10.3f %10.3f %6.1fx", name + " warm median", files, patches, g, o, g / o));
        }
        return rows;
    }

    /** Our side, timed: apply in core, commit, move the branch, rewrite the touched files and the index. */
    static ObjectId applyAndCheckout(Path checkout, ObjectId base, List<PatchToApply> patches, long[] applied)
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
            applied[0] = System.nanoTime();
            new WorkTree(repo).move(base, r.head());
            return r.head();
        }
    }

    /** git's mailsplit and mailinfo, outside the timing. */
    static List<PatchToApply> mailinfo(GitProcess git, Path repo, Path home, Path mbox) throws Exception {
        Path split = Files.createDirectories(home.resolve("split"));
        git.text(repo, "mailsplit", "-o" + split, mbox.toString());
        List<Path> mails;
        try (Stream<Path> s = Files.list(split)) {
            mails = s.sorted().toList();
        }
        List<PatchToApply> out = new ArrayList<>();
        for (Path m : mails) {
            Path msg = home.resolve("msg");
            Path patch = home.resolve("patch");
            String info = new String(git.run(repo, m.toFile(), Map.of(), "mailinfo", msg.toString(), patch.toString()),
                    StandardCharsets.UTF_8);
            Map<String, String> h = new HashMap<>();
            Arrays.stream(info.split("\n")).filter(l -> l.contains(": "))
                    .forEach(l -> h.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2)));
            out.add(PatchToApply.of(new MailInfo(h.get("Author"), h.get("Email"), h.get("Subject"), h.get("Date"),
                    Files.readString(msg), Files.readAllBytes(patch))));
        }
        return out;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
