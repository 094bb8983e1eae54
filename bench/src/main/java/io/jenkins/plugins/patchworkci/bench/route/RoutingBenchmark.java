package io.jenkins.plugins.patchworkci.bench.route;

import io.jenkins.plugins.patchworkci.bench.suite.Figure;
import io.jenkins.plugins.patchworkci.bench.suite.ResultTable;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Presets;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.RoutingInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Routing without trial apply ({@link Router#quick}: subject tags, MAINTAINERS, Fixes:) against
 * the real kernel MAINTAINERS, warm, per series; beside it {@code scripts/get_maintainer.pl --scm}
 * on a patch touching the same files, run from the same kernel source directory. The series have
 * no tree tag in the subject, so MAINTAINERS decides: the slow path.
 */
public final class RoutingBenchmark {

    /** Real files of Linux 6.1 in the areas netdev and bpf route. */
    private static final List<String> PATHS = List.of("net/ipv4/tcp.c", "net/ipv4/tcp_input.c", "net/ipv6/route.c",
            "net/core/dev.c", "net/core/skbuff.c", "net/sched/sch_fq.c", "net/sched/cls_api.c", "net/xdp/xsk.c",
            "net/mptcp/protocol.c", "net/netfilter/nf_tables_api.c", "net/bridge/br_fdb.c", "net/tls/tls_sw.c",
            "kernel/bpf/verifier.c", "kernel/bpf/syscall.c", "kernel/bpf/btf.c", "kernel/bpf/helpers.c",
            "tools/lib/bpf/libbpf.c", "tools/testing/selftests/bpf/test_progs.c", "include/linux/bpf.h",
            "include/net/sock.h", "include/linux/skbuff.h", "include/uapi/linux/bpf.h",
            "drivers/net/ethernet/intel/ice/ice_main.c", "drivers/net/ethernet/mellanox/mlx5/core/en_main.c",
            "drivers/net/ethernet/broadcom/bnxt/bnxt.c", "drivers/net/veth.c", "drivers/net/virtio_net.c",
            "drivers/net/phy/phy.c", "drivers/net/wireless/ath/ath11k/core.c", "Documentation/networking/ip-sysctl.rst",
            "tools/testing/selftests/net/fib_tests.sh", "net/unix/af_unix.c", "net/packet/af_packet.c");

    private final Path kernelSource;
    private final boolean quick;

    public RoutingBenchmark(Path kernelSource, boolean quick) {
        this.kernelSource = kernelSource;
        this.quick = quick;
    }

    public void run(ResultTable table, Path work) throws IOException, InterruptedException {
        Path maintainersFile = kernelSource.resolve("MAINTAINERS");
        Path script = kernelSource.resolve("scripts/get_maintainer.pl");
        if (!Files.isRegularFile(maintainersFile) || !Files.isRegularFile(script)) {
            table.note("routing: no kernel MAINTAINERS and scripts/get_maintainer.pl under " + kernelSource
                    + " (set PWCI_KERNEL_SOURCE; .ci/run unpacks them from Debian's linux-source-6.1); skipped");
            return;
        }
        long r0 = System.nanoTime();
        Maintainers maintainers = Maintainers.read(maintainersFile);
        double readMs = (System.nanoTime() - r0) / 1e6;
        Router router = new Router(Presets.named("netdevbpf").orElseThrow(), maintainers);

        List<RoutingInput> series = series(quick ? 5 : 20);
        int warm = quick ? 200 : 2000;
        for (int i = 0; i < warm; i++) {
            router.quick(series.get(i % series.size()));
        }
        int rounds = quick ? 200 : 1000;
        long[] perSeries = new long[rounds];
        int decided = 0;
        for (int i = 0; i < rounds; i++) {
            RoutingInput in = series.get(i % series.size());
            long t0 = System.nanoTime();
            Plan p = router.quick(in);
            perSeries[i] = System.nanoTime() - t0;
            if (i < series.size() && p.tree().isPresent()) {
                decided++;
            }
        }
        Arrays.sort(perSeries);
        double medianMs = perSeries[rounds / 2] / 1e6;
        double p99Ms = perSeries[(int) (rounds * 0.99)] / 1e6;

        // the peer: one get_maintainer.pl process per series, on a patch touching the same files
        List<Long> peer = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Path patch = work.resolve("route-" + i + ".patch");
            Files.writeString(patch, diffTouching(series.get(i).paths()), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("perl", script.toString(), "--scm", "--no-git", "--no-git-fallback",
                    "--no-tree", patch.toString()).directory(kernelSource.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || !out.contains("git ")) {
                table.note("routing: get_maintainer.pl gave no SCM lines: " + out.lines().findFirst().orElse(""));
                return;
            }
            peer.add(System.nanoTime() - t0);
        }
        peer.sort(null);
        double peerMs = peer.get(peer.size() / 2) / 1e6;
        table.add(new Figure("routing", String.format(Locale.ROOT,
                "Router.quick per series, warm (median; p99 %.2f ms), real MAINTAINERS, %d series of 3-8 files,"
                        + " %d/%d decided", p99Ms, series.size(), decided, series.size()),
                ms(medianMs), ms(peerMs) + " (get_maintainer.pl --scm)", peerMs / medianMs, "< 50 ms",
                medianMs < 50));
        table.add(Figure.alone("routing", "Maintainers.read of the real MAINTAINERS (once per process)", ms(readMs),
                "", null));
    }

    private static String ms(double v) {
        return v < 1 ? String.format(Locale.ROOT, "%.3f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }

    /** Series without a tree tag (so MAINTAINERS must decide), each touching 3 to 8 of the files above. */
    static List<RoutingInput> series(int count) {
        Random random = new Random(61);
        List<RoutingInput> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<String> paths = new LinkedHashSet<>();
            int n = 3 + random.nextInt(6);
            while (paths.size() < n) {
                paths.add(PATHS.get(random.nextInt(PATHS.size())));
            }
            out.add(new RoutingInput("series " + i, List.of("PATCH", "v2"), paths, List.of(), Optional.empty()));
        }
        return out;
    }

    /** A minimal diff touching these files: what get_maintainer.pl reads the file names from. */
    static String diffTouching(Set<String> paths) {
        StringBuilder b = new StringBuilder();
        for (String p : paths) {
            b.append("diff --git a/").append(p).append(" b/").append(p).append('\n').append("--- a/").append(p)
                    .append("\n+++ b/").append(p).append("\n@@ -1,1 +1,1 @@\n-old\n+new\n");
        }
        return b.toString();
    }
}
