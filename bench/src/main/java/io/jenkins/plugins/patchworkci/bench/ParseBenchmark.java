package io.jenkins.plugins.patchworkci.bench;

import io.jenkins.plugins.patchworkci.mail.MailError;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.MailboxEntry;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.MailException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The parsing benchmark (docs/performance.md, "Parsing"): generates an mbox of realistic patch
 * mail, reads it with our {@link Mailbox} (split, MIME, mailinfo, Message) and again with
 * {@link Patch#of} on every patch (patch-id, trailers, subject prefix), and times
 * {@code git mailsplit} plus one {@code git mailinfo} per message (what {@code git am} runs) on
 * the same mbox in the same run. Prints messages/s, MB/s, peak heap and the ratio.
 *
 * <p>Usage: {@code java -Xmx256m -cp ... ParseBenchmark [messages] [--no-git]}
 */
public final class ParseBenchmark {

    private ParseBenchmark() {}

    /** Counts of one pass. */
    private record Pass(int messages, int errors, int patches, long nanos, long cpuNanos, long threadNanos) {}

    public static void main(String[] args) throws Exception {
        int messages = 20_000;
        boolean git = true;
        for (String a : args) {
            if (a.equals("--no-git")) {
                git = false;
            } else {
                messages = Integer.parseInt(a);
            }
        }
        Path work = Files.createTempDirectory("pwci-bench");
        try {
            run(work, messages, git);
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(Path work, int messages, boolean git) throws IOException, InterruptedException {
        Path mbox = work.resolve("bench.mbox");
        long bytes = new MboxGenerator(20240601L).write(mbox, messages);
        double mb = bytes / 1e6;
        System.out.printf("mbox: %,d messages, %.1f MB (%s)%n", messages, mb, mbox);
        System.out.printf("hardware: nproc %d, %s; java %s, -Xmx %d MB; load average %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());

        // warm-up: one untimed pass of each kind over the whole mbox, so the JIT has compiled the parser
        pass(mbox, false);
        pass(mbox, true);

        System.gc();
        HeapPeak.reset();
        // best of three: the machine may be shared, and the best run is the one least disturbed
        Pass split = best(pass(mbox, false), pass(mbox, false), pass(mbox, false));
        Pass full = best(pass(mbox, true), pass(mbox, true), pass(mbox, true));
        long peak = HeapPeak.bytes();
        report("pwci Mailbox (mailsplit + mailinfo)", split, mb);
        report("pwci Mailbox + Patch.of (+ patch-id, trailers)", full, mb);
        System.out.printf("peak heap used: %.1f MB (max heap %d MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        if (split.errors() > 0) {
            System.out.printf("(%d messages gave a MailError)%n", split.errors());
        }

        System.out.printf("pwci on one core (parser thread cpu time): %.1f MB/s (mailsplit+mailinfo), %.1f MB/s (with Patch.of)%n",
                mb / (split.threadNanos() / 1e9), mb / (full.threadNanos() / 1e9));
        if (!git) {
            return;
        }
        Path dir = Files.createDirectories(work.resolve("split"));
        Path script = work.resolve("git.sh");
        // one shell runs both, as a user would; "times" prints the CPU time its children used
        Files.writeString(script, "git mailsplit -o\"$1\" \"$3\" > /dev/null || exit 1\n"
                + "for f in \"$1\"/*; do git mailinfo \"$2/msg\" \"$2/patch\" < \"$f\" > /dev/null || exit 1; done\n"
                + "times\n");
        long t0 = System.nanoTime();
        String times = exec(work, "sh", script.toString(), dir.toString(), work.toString(), mbox.toString());
        long gitNanos = System.nanoTime() - t0;
        long gitCpu = childrenCpu(times);
        System.out.printf("git mailsplit + git mailinfo x %,d: %.2f s (cpu %.2f s) = %,.0f messages/s, %.1f MB/s%n",
                messages, gitNanos / 1e9, gitCpu / 1e9, messages / (gitNanos / 1e9), mb / (gitNanos / 1e9));
        System.out.printf("ratio git/pwci, wall time: %.1fx (mailsplit+mailinfo), %.1fx (with Patch.of)%n",
                gitNanos / (double) split.nanos(), gitNanos / (double) full.nanos());
        System.out.printf("ratio git/pwci, cpu time:  %.1fx (mailsplit+mailinfo), %.1fx (with Patch.of)%n",
                gitCpu / (double) split.cpuNanos(), gitCpu / (double) full.cpuNanos());
    }

    /** The children's user and system time from the second line of sh's "times" ("0m1.20s 0m0.50s"). */
    private static long childrenCpu(String times) {
        String[] lines = times.strip().split("\n");
        String[] parts = lines[lines.length - 1].trim().split("\\s+");
        long sum = 0;
        for (String part : parts) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(part);
            if (m.matches()) {
                sum += (long) ((Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))) * 1e9);
            }
        }
        return sum;
    }

    private static Pass pass(Path mbox, boolean patches) throws IOException {
        long cpu0 = processCpu();
        long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int n = 0;
        int errors = 0;
        int patchCount = 0;
        try (Mailbox box = Mailbox.open(mbox, MailParser.withDefaults())) {
            for (MailboxEntry e = box.next(); e != null; e = box.next()) {
                n++;
                if (e instanceof MailError) {
                    errors++;
                } else if (patches && e instanceof MailboxEntry.Parsed p && Patch.carriesDiff(p.message())) {
                    try {
                        Patch.of(p.message());
                        patchCount++;
                    } catch (MailException ex) {
                        errors++;
                    }
                }
            }
        }
        return new Pass(n, errors, patchCount, System.nanoTime() - t0, processCpu() - cpu0,
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0);
    }

    /** The best of several passes, each figure on its own (least disturbed by other load). */
    private static Pass best(Pass... passes) {
        Pass b = passes[0];
        for (Pass p : passes) {
            b = new Pass(p.messages(), p.errors(), p.patches(), Math.min(p.nanos(), b.nanos()),
                    Math.min(p.cpuNanos(), b.cpuNanos()), Math.min(p.threadNanos(), b.threadNanos()));
        }
        return b;
    }

    private static void report(String what, Pass p, double mb) {
        double s = p.nanos() / 1e9;
        System.out.printf("%s: %,d messages in %.2f s (cpu: process %.2f s, parser thread %.2f s) = %,.0f messages/s,"
                + " %.1f MB/s%s%n", what, p.messages(), s, p.cpuNanos() / 1e9, p.threadNanos() / 1e9, p.messages() / s, mb / s,
                p.patches() > 0 ? ", " + p.patches() + " patches" : "");
    }

    /** CPU time of the whole JVM (parser thread, GC and JIT), so a busy machine does not flatter us. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }


    /** The 1-minute load average: on a shared machine it says how much the wall times mean. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown CPU";
    }

    private static String exec(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }
}
