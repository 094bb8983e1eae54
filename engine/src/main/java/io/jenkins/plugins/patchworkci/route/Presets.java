package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in tree sets, usable with one word. {@code netdevbpf} is the single Patchwork project that
 * carries both netdev and bpf mail, so each series is routed once and built once; {@code netdev}
 * and {@code bpf} are its subsets for sites that follow one list.
 */
public final class Presets {

    private static final String KORG = "https://git.kernel.org/pub/scm/";

    public static final Tree NET = kernel("net", "linux/kernel/git/netdev/net.git", "main", "net", TreeRole.FIXES);
    public static final Tree NET_NEXT =
            kernel("net-next", "linux/kernel/git/netdev/net-next.git", "main", "net", TreeRole.DEVELOPMENT);
    public static final Tree BPF = kernel("bpf", "linux/kernel/git/bpf/bpf.git", "master", "bpf", TreeRole.FIXES);
    public static final Tree BPF_NEXT =
            kernel("bpf-next", "linux/kernel/git/bpf/bpf-next.git", "master", "bpf", TreeRole.DEVELOPMENT);
    public static final Tree IPROUTE2 = new Tree("iproute2", KORG + "network/iproute2/iproute2.git", "main",
            List.of("iproute2", "iproute"), List.of(), TreeKind.USER_SPACE, Optional.of("iproute2"), TreeRole.FIXES);
    public static final Tree IPROUTE2_NEXT = new Tree("iproute2-next", KORG + "network/iproute2/iproute2-next.git",
            "main", List.of("iproute2-next", "iproute-next"), List.of(), TreeKind.USER_SPACE, Optional.of("iproute2"),
            TreeRole.DEVELOPMENT);
    public static final Tree LIBBPF = new Tree("libbpf", "https://github.com/libbpf/libbpf.git", "master",
            List.of("libbpf"), List.of(), TreeKind.USER_SPACE, Optional.empty(), TreeRole.STANDALONE);

    private static final Map<String, List<Tree>> PRESETS = Map.of(
            // Development trees first: most series are for them, and trial applies go in this order.
            "netdevbpf", List.of(NET_NEXT, NET, BPF_NEXT, BPF, IPROUTE2_NEXT, IPROUTE2, LIBBPF),
            "netdev", List.of(NET_NEXT, NET, IPROUTE2_NEXT, IPROUTE2),
            "bpf", List.of(BPF_NEXT, BPF, LIBBPF));

    private Presets() {}

    private static Tree kernel(String name, String path, String branch, String family, TreeRole role) {
        return new Tree(name, KORG + path, branch, List.of(name), List.of(), TreeKind.KERNEL, Optional.of(family), role);
    }

    /** The trees of a preset, in trial-apply order, or empty for an unknown name. */
    public static Optional<List<Tree>> named(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }

    public static List<String> names() {
        return PRESETS.keySet().stream().sorted().toList();
    }
}
