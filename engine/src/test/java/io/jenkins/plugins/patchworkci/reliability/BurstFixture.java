package io.jenkins.plugins.patchworkci.reliability;

import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tree (a bare repository with one commit) and a mailbox of N one-patch series for it, each
 * adding its own file, with a configuration that applies them and runs no build: what a burst of
 * mail costs the service itself. Also a reporter that counts what it reported, per series.
 */
final class BurstFixture {

    final Path root;
    final Path config;
    final Path mbox;
    final Path remote;

    private BurstFixture(Path root) {
        this.root = root;
        this.config = root.resolve("pwci.yaml");
        this.mbox = root.resolve("burst.mbox");
        this.remote = root.resolve("tree.git");
    }

    static BurstFixture create(Path root, int series) throws IOException, InterruptedException {
        BurstFixture f = new BurstFixture(root);
        Path work = Files.createDirectories(root.resolve("seed"));
        git(work, "init", "-q", "-b", "main");
        Files.writeString(work.resolve("README"), "burst\n");
        git(work, "add", "README");
        git(work, "-c", "user.name=Base", "-c", "user.email=base@example.org", "commit", "-q", "-m", "base");
        git(root, "clone", "-q", "--bare", work.toString(), f.remote.toString());
        StringBuilder box = new StringBuilder();
        for (int i = 1; i <= series; i++) {
            box.append(mail(i));
        }
        Files.writeString(f.mbox, box, StandardCharsets.UTF_8);
        Files.writeString(f.config, """
                work: work
                sources:
                  - mbox: burst.mbox
                routing:
                  trees:
                    - name: burst
                      remote: %s
                      branch: main
                      tags: [burst]
                checks:
                  checkpatch: {enabled: false}
                  cc_maintainers: {enabled: false}
                  kdoc: {enabled: false}
                reports:
                  shadow: true
                """.formatted(f.remote.toUri()));
        return f;
    }

    static String messageId(int i) {
        return "burst-" + i + "@example.org";
    }

    static String mail(int i) {
        return """
                From burst Mon Sep 17 00:00:00 2001
                From: Dev %1$d <dev%1$d@example.org>
                Date: Mon, 02 Nov 2026 12:%2$02d:%3$02d +0000
                Subject: [PATCH burst] burst: add file %1$d
                Message-ID: <%4$s>
                To: list@example.org

                Adds file %1$d.

                Signed-off-by: Dev %1$d <dev%1$d@example.org>
                ---
                diff --git a/f/%1$d.txt b/f/%1$d.txt
                new file mode 100644
                index 0000000..1111111
                --- /dev/null
                +++ b/f/%1$d.txt
                @@ -0,0 +1 @@
                +file %1$d

                """.formatted(i, (i / 60) % 60, i % 60, messageId(i));
    }

    static String git(Path dir, String... args) throws IOException, InterruptedException {
        return GitRepo.in(dir).run(args);
    }

    /** Counts finished reports per series; the n-th finished call (1-based, over all series) can be made to kill. */
    static final class CountingReporter implements Reporter {
        final Map<String, AtomicInteger> reported = new ConcurrentHashMap<>();
        private final AtomicInteger calls = new AtomicInteger();
        private final int killAt;

        CountingReporter(int killAt) {
            this.killAt = killAt;
        }

        @Override
        public void started(Run run) {}

        @Override
        public void finished(Run run) {
            if (calls.incrementAndGet() == killAt) {
                throw new Killed();
            }
            reported.computeIfAbsent(run.series().id(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** What a kill -9 does to the thread: nothing after it runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }
}
