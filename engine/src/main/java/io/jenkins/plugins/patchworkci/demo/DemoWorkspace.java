package io.jenkins.plugins.patchworkci.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Generates the demo, offline: a small C "kernel" published as two trees, net (fixes) and
 * net-next (development), a user-space tree (iproute2-next), and one mailbox of the series a
 * maintainer sees in a day, made with {@code git format-patch}:
 * <ol>
 *   <li>a clean two-patch series with a cover letter, for net-next;</li>
 *   <li>a patch that adds a compiler warning;</li>
 *   <li>a patch that does not apply (written against a change that was never merged);</li>
 *   <li>a v1 and a v2 of one series, patch 1 unchanged between them;</li>
 *   <li>a fix for net with a {@code Fixes:} tag naming a commit in net;</li>
 *   <li>a kernel series and its user-space companion, from the same author;</li>
 *   <li>a patch made on an older net-next: it applies at its base-commit, not at the tip (it
 *       needs a rebase).</li>
 * </ol>
 */
public final class DemoWorkspace {

    /** 2026-11-02 09:00 UTC: the demo's history always has the same ids. */
    private static final long EPOCH = 1793610000L;

    private static final String DEV_C = """
            #include "demo.h"

            static int queue_len = 16;

            int dev_queue_len(void)
            {
            \treturn queue_len;
            }

            int dev_rx(int packets)
            {
            \tif (packets > queue_len)
            \t\treturn queue_len;
            \treturn packets;
            }
            """;

    private static final String SOCK_C = """
            #include "demo.h"

            int sock_send(int bytes)
            {
            \treturn bytes;
            }
            """;

    private static final String DEMO_H = """
            #ifndef DEMO_H
            #define DEMO_H

            int dev_queue_len(void);
            int dev_rx(int packets);
            int sock_send(int bytes);

            #endif
            """;

    private static final String MAIN_C = """
            #include <stdio.h>
            #include "demo.h"

            int main(void)
            {
            \tprintf("%d %d %d\\n", dev_queue_len(), dev_rx(20), sock_send(3));
            \treturn 0;
            }
            """;

    private static final String KERNEL_MAKEFILE = """
            CFLAGS ?= -O1 -Wall -Wextra -Iinclude/net
            OBJS = net/core/dev.o net/core/sock.o main.o

            demo: $(OBJS)
            \t$(CC) -o $@ $(OBJS)

            %.o: %.c
            \t$(CC) $(CFLAGS) -c -o $@ $<

            clean:
            \trm -f demo $(OBJS)
            """;

    private final Path root;

    private DemoWorkspace(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The bare repository published as the net tree (branch main). */
    public Path netRepository() {
        return root.resolve("repos/net.git");
    }

    /** The bare repository published as the net-next tree (branch main). */
    public Path netNextRepository() {
        return root.resolve("repos/net-next.git");
    }

    /** The bare repository published as the iproute2-next tree (branch main). */
    public Path userSpaceRepository() {
        return root.resolve("repos/iproute2-next.git");
    }

    /** The demo's MAINTAINERS file, as the kernel tree carries it. */
    public Path maintainers() {
        return root.resolve("MAINTAINERS");
    }

    /** The demo's pwci configuration file. */
    public Path config() {
        return root.resolve("pwci.yaml");
    }

    /** Every series of the day in one mbox, in posting order. */
    public Path mailbox() {
        return root.resolve("mail/netdev.mbox");
    }

    /** Creates the demo under {@code root}, which must not exist or be empty. */
    public static DemoWorkspace create(Path root) throws IOException, InterruptedException {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.list(root)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("demo directory " + root + " is not empty");
                }
            }
        }
        DemoWorkspace w = new DemoWorkspace(root.toAbsolutePath());
        w.generate();
        return w;
    }

    private void generate() throws IOException, InterruptedException {
        Path kernelDir = Files.createDirectories(root.resolve("work/kernel"));
        Path userDir = Files.createDirectories(root.resolve("work/iproute2"));
        Path out = Files.createDirectories(root.resolve("work/out"));
        Files.createDirectories(root.resolve("mail"));
        Git k = new Git(kernelDir, EPOCH);
        Git u = new Git(userDir, EPOCH);

        // The kernel: an initial tree, a commit in both trees, and one only in net-next.
        k.run("init", "-q", "-b", "main");
        write(kernelDir, "MAINTAINERS", maintainersText());
        write(kernelDir, "Makefile", KERNEL_MAKEFILE);
        write(kernelDir, "net/core/dev.c", DEV_C);
        write(kernelDir, "net/core/sock.c", SOCK_C);
        write(kernelDir, "include/net/demo.h", DEMO_H);
        write(kernelDir, "main.c", MAIN_C);
        write(kernelDir, ".gitignore", "*.o\n/demo\n");
        k.run("add", "-A");
        k.run("commit", "-q", "-m", "demo: initial tree");
        write(kernelDir, "net/core/sock.c", SOCK_C.replace("\treturn bytes;", "\treturn bytes - 1;"));
        k.run("commit", "-q", "-a", "-m", "net: sock: account for the header\n\nSigned-off-by: Demo Maintainer <maintainer@demo.example.org>");
        String buggy = k.run("rev-parse", "HEAD").trim();
        k.run("branch", "net");
        write(kernelDir, "net/core/dev.c", DEV_C.replace("static int queue_len = 16;", "static int queue_len = 16;\nstatic int queue_max = 64;")
                .replace("int dev_rx(int packets)", "int dev_queue_max(void)\n{\n\treturn queue_max;\n}\n\nint dev_rx(int packets)"));
        k.run("commit", "-q", "-a", "-m", "net: dev: add a queue maximum\n\nSigned-off-by: Demo Maintainer <maintainer@demo.example.org>");
        publish(k, "net", netRepository());
        publish(k, "main", netNextRepository());

        // User space: a tiny ip tool.
        u.run("init", "-q", "-b", "main");
        write(userDir, "Makefile", "CFLAGS ?= -O1 -Wall -Wextra\n\nip/ip: ip/ip.c\n\t$(CC) $(CFLAGS) -o $@ $<\n");
        write(userDir, "ip/ip.c", "#include <stdio.h>\n\nint main(void)\n{\n\tputs(\"ip\");\n\treturn 0;\n}\n");
        u.run("add", "-A");
        u.run("commit", "-q", "-m", "ip: initial tool");
        publish(u, "main", userSpaceRepository());

        List<Path> mails = new ArrayList<>();
        Author alice = new Author("Alice Example", "alice@demo.example.org");
        Author bob = new Author("Bob Builder", "bob@demo.example.org");
        Author carol = new Author("Carol Conflict", "carol@demo.example.org");
        Author dave = new Author("Dave Versions", "dave@demo.example.org");
        Author erin = new Author("Erin Fixer", "erin@demo.example.org");
        Author frank = new Author("Frank Stale", "frank@demo.example.org");

        // 1. Clean series for net-next.
        k.run("checkout", "-q", "-b", "alice", "main");
        edit(kernelDir, "net/core/sock.c", "int sock_send(int bytes)", "int sock_recv(int bytes)\n{\n\treturn bytes;\n}\n\nint sock_send(int bytes)");
        commit(k, alice, "net: sock: add sock_recv()", "Receive side of the demo socket.");
        edit(kernelDir, "include/net/demo.h", "int sock_send(int bytes);", "int sock_send(int bytes);\nint sock_recv(int bytes);");
        commit(k, alice, "net: declare sock_recv()", "So that callers outside sock.c can use it.");
        mails.addAll(formatPatch(k, alice, out.resolve("1"), "main", "PATCH net-next", 1,
                "net: add sock_recv()", "Adds the receive side of the demo socket and declares it."));

        // 2. A patch that adds a compiler warning (an unused variable).
        k.run("checkout", "-q", "-b", "bob", "main");
        edit(kernelDir, "net/core/dev.c", "\tif (packets > queue_len)", "\tint dropped;\n\n\tif (packets > queue_len)");
        commit(k, bob, "net: dev: prepare to count drops", "Drops will be counted in a later patch.");
        mails.addAll(formatPatch(k, bob, out.resolve("2"), "main", "PATCH net-next", 1, null, null));

        // 3. A patch written on top of a change that was never merged: it does not apply.
        k.run("checkout", "-q", "-b", "carol", "main");
        edit(kernelDir, "net/core/dev.c", "static int queue_len = 16;", "static int queue_len = 32;");
        commit(k, carol, "net: dev: larger queue (never posted)", "Local change.");
        String carolBase = k.run("rev-parse", "HEAD").trim();
        edit(kernelDir, "net/core/dev.c", "static int queue_len = 32;", "static int queue_len = 32; /* tuned */");
        commit(k, carol, "net: dev: document the queue length", "Say why the length is what it is.");
        mails.addAll(formatPatch(k, carol, out.resolve("3"), carolBase, "PATCH net-next", 1, null, null));

        // 4. v1 and v2 of one series; patch 1 is the same in both, patch 2 changes.
        k.run("checkout", "-q", "-b", "dave-v1", "main");
        edit(kernelDir, "main.c", "\treturn 0;", "\tputs(\"demo done\");\n\treturn 0;");
        commit(k, dave, "demo: say when done", "Tell the user the demo finished.");
        edit(kernelDir, "net/core/sock.c", "\treturn bytes - 1;", "\tunsigned int sent = bytes;\n\n\treturn sent < 0 ? 0 : bytes - 1;");
        commit(k, dave, "net: sock: never send a negative count", "Clamp the count at zero.");
        mails.addAll(formatPatch(k, dave, out.resolve("4v1"), "main", "PATCH net-next", 1,
                "demo: polish", "Two small improvements."));
        k.run("checkout", "-q", "-b", "dave-v2", "dave-v1~1");
        edit(kernelDir, "net/core/sock.c", "\treturn bytes - 1;", "\treturn bytes < 1 ? 0 : bytes - 1;");
        commit(k, dave, "net: sock: never send a negative count", "Clamp the count at zero.");
        mails.addAll(formatPatch(k, dave, out.resolve("4v2"), "main", "PATCH net-next", 2,
                "demo: polish", "Two small improvements.\n\nv2: patch 2 compared an unsigned value with zero (gcc warned)."));

        // 5. A fix for net, naming the commit it fixes.
        k.run("checkout", "-q", "-b", "erin-fix", "net");
        edit(kernelDir, "net/core/sock.c", "\treturn bytes - 1;", "\treturn bytes > 0 ? bytes - 1 : 0;");
        String fixes = k.run("log", "-1", "--format=%h (\"%s\")", "--abbrev=12", buggy).trim();
        commit(k, erin, "net: sock: do not return a negative count", "A zero-byte send returned -1.", "Fixes: " + fixes);
        mails.addAll(formatPatch(k, erin, out.resolve("5"), "net", "PATCH net", 1, null, null));

        // 6. A kernel series and its user-space companion.
        k.run("checkout", "-q", "-b", "erin-knob", "main");
        edit(kernelDir, "net/core/dev.c", "int dev_queue_len(void)", "int dev_set_queue_len(int len)\n{\n\tqueue_len = len;\n\treturn 0;\n}\n\nint dev_queue_len(void)");
        edit(kernelDir, "include/net/demo.h", "int dev_queue_len(void);", "int dev_queue_len(void);\nint dev_set_queue_len(int len);");
        commit(k, erin, "net: dev: let the queue length be set", "The ip tool will set it.");
        mails.addAll(formatPatch(k, erin, out.resolve("6k"), "main", "PATCH net-next", 1,
                "net: settable queue length", "Kernel side; the ip tool side follows as an iproute2-next series."));
        u.run("checkout", "-q", "-b", "erin-knob", "main");
        edit(userDir, "ip/ip.c", "\tputs(\"ip\");", "\tputs(\"ip\");\n\tputs(\"queue length: settable\");");
        commit(u, erin, "ip: show that the queue length is settable", "User-space side of the net-next series.");
        mails.addAll(formatPatch(u, erin, out.resolve("6u"), "main", "PATCH iproute2-next", 1, null, null));

        // 7. A patch made before net-next added the queue maximum next to the line it changes.
        k.run("checkout", "-q", "-b", "frank", buggy);
        edit(kernelDir, "net/core/dev.c", "static int queue_len = 16;", "static int queue_len = 8;");
        commit(k, frank, "net: dev: shorter default queue", "Eight packets are enough for the demo.");
        mails.addAll(formatPatch(k, frank, out.resolve("7"), buggy, "PATCH net-next", 1, null, null));

        k.run("checkout", "-q", "main");
        u.run("checkout", "-q", "main");
        Files.copy(kernelDir.resolve("MAINTAINERS"), maintainers());
        Files.writeString(config(), configText(), StandardCharsets.UTF_8);
        try (var mbox = Files.newOutputStream(mailbox())) {
            for (Path m : mails) {
                mbox.write(Files.readAllBytes(m));
            }
        }
    }

    private String configText() {
        return """
                # The demo's configuration: what `pwci demo` runs. Reporting to Patchwork is a dry run.
                work: work/pwci
                sources:
                  - mbox: mail/netdev.mbox
                routing:
                  trees:
                    - name: net-next
                      remote: %s
                      branch: main
                      family: net
                      role: development
                    - name: net
                      remote: %s
                      branch: main
                      family: net
                      role: fixes
                    - name: iproute2-next
                      remote: %s
                      branch: main
                      kind: user-space
                      tags: [iproute2-next]
                build:
                  perPatch:
                    - [make, -s]
                  timeout: 5m
                checks:
                  checkpatch: {enabled: false}
                  cc_maintainers: {enabled: false}
                  kdoc: {enabled: false}
                reports:
                  shadow: true
                """.formatted(netNextRepository().toUri(), netRepository().toUri(), userSpaceRepository().toUri());
    }

    private String maintainersText() {
        return """
                List of maintainers (demo)

                NETWORKING [GENERAL]
                M:\tDemo Maintainer <maintainer@demo.example.org>
                L:\tnetdev@demo.example.org
                S:\tMaintained
                T:\tgit %s
                T:\tgit %s
                F:\tinclude/net/
                F:\tnet/

                THE REST
                M:\tDemo Maintainer <maintainer@demo.example.org>
                S:\tBuried alive in reporters
                F:\t*
                F:\t*/
                """.formatted(netRepository().toUri(), netNextRepository().toUri());
    }

    private static void publish(Git g, String branch, Path bare) throws IOException, InterruptedException {
        Files.createDirectories(bare);
        new Git(bare, 0).run("init", "-q", "--bare", "-b", "main");
        g.run("push", "-q", bare.toString(), branch + ":refs/heads/main");
    }

    private static void write(Path dir, String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private static void edit(Path dir, String path, String from, String to) throws IOException {
        Path f = dir.resolve(path);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException("demo generator: " + path + " lacks '" + from + "'");
        }
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Commits with the author's Signed-off-by closing the trailer block, after any other trailers. */
    private static void commit(Git g, Author a, String subject, String body, String... trailers)
            throws IOException, InterruptedException {
        StringBuilder block = new StringBuilder();
        for (String t : trailers) {
            block.append(t).append('\n');
        }
        block.append("Signed-off-by: ").append(a.name).append(" <").append(a.email).append('>');
        g.as(a.name, a.email, "commit", "-q", "-a", "-m", subject + "\n\n" + body + "\n\n" + block);
    }

    /** Formats the commits since {@code base} as mail, with a cover letter when a title is given. */
    private static List<Path> formatPatch(Git g, Author a, Path dir, String base, String prefix, int version,
            @Nullable String coverTitle, String coverBlurb) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("format-patch", "-q", "--thread=shallow", "-o", dir.toString(),
                "--subject-prefix=" + prefix, "--to=netdev@demo.example.org",
                "--cc=maintainer@demo.example.org", "--base=" + base));
        if (version > 1) {
            args.add("-v" + version);
        }
        if (coverTitle != null) {
            args.add("--cover-letter");
        }
        args.add(base + "..HEAD");
        g.as(a.name, a.email, args.toArray(String[]::new));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted(Comparator.comparing(Path::toString)).toList();
        }
        // format-patch makes Message-IDs from commit, second and address: two versions of one series
        // made within a second would share them. Mark each with its series, as send-email's would differ.
        String label = dir.getFileName().toString();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Files.writeString(f, text.replaceAll("(<(?:[0-9a-f]{40}|cover)\\.\\d+)\\.git\\.", "$1.s" + label + ".git."),
                    StandardCharsets.UTF_8);
        }
        if (coverTitle != null) {
            Path cover = files.get(0);
            String text = Files.readString(cover, StandardCharsets.UTF_8)
                    .replace("*** SUBJECT HERE ***", coverTitle)
                    .replace("*** BLURB HERE ***", coverBlurb);
            Files.writeString(cover, text, StandardCharsets.UTF_8);
        }
        return files;
    }

    private record Author(String name, String email) {}
}
