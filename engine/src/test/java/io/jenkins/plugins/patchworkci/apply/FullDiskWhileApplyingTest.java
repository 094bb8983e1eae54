package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No space left on device" while applying, at every object write of a ten-patch series (every diff
 * shape: text, binary, rename, mode change, symlink, deletion), into a bare mirror. Each time: an
 * error naming the patch and the reason, no result (so nothing can be reported as applied), the
 * series' ref not moved, {@code git fsck} clean. Then, with space again, the same mirror gives the
 * commits {@code git am} gives. And a ref lock a killed run left behind does not block the series
 * for ever; a full disk half-way through a
 * file while a {@link WorkTree} is checked out leaves no half file and an index still on the old tree.
 */
class FullDiskWhileApplyingTest {

    @TempDir
    Path tmp;

    /** A disk that fills up at the n-th object: that write fails as the kernel fails it; earlier ones land. */
    static final class FillsUpAt implements ObjectWrites {
        final int failAt;
        final AtomicInteger writes = new AtomicInteger();

        FillsUpAt(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public ObjectInserter open(Repository repo) {
            ObjectInserter real = repo.newObjectInserter();
            return new ObjectInserter.Filter() {
                @Override
                protected ObjectInserter delegate() {
                    return real;
                }

                @Override
                public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
                    full();
                    return real.insert(type, data, off, len);
                }

                @Override
                public ObjectId insert(int type, long length, InputStream in) throws IOException {
                    full();
                    return real.insert(type, length, in);
                }
            };
        }

        private void full() throws IOException {
            if (writes.incrementAndGet() == failAt) {
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void aFullDiskAtAnyObjectIsAClearErrorAndTheMirrorStaysSoundForTheNextRun() throws Exception {
        EveryDiffShapeSeries fx = EveryDiffShapeSeries.everyShape(tmp.resolve("repo"));
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        List<PatchToApply> patches = fx.git.mailinfo(mbox, false);
        Path mirrorDir = tmp.resolve("mirror.git");
        fx.git.run("clone", "-q", "--mirror", fx.git.dir.toString(), mirrorDir.toString());
        String ref = "refs/pwci/full-disk";

        int failures = 0;
        try (Repository mirror = new FileRepositoryBuilder().setGitDir(mirrorDir.toFile()).setBare().build()) {
            for (int n = 1; ; n++) {
                FillsUpAt disk = new FillsUpAt(n);
                ApplySeries apply = new ApplySeries(mirror).setTip(ObjectId.fromString(fx.base)).setPatches(patches)
                        .setCommitter(ApplySeriesDifferentialTest.COMMITTER).setUpdateRef(ref).setObjectWrites(disk);
                if (n > 500) {
                    throw new AssertionError("the series never got through");
                }
                AppliedSeries result;
                try {
                    result = apply.call();
                } catch (IOException e) {
                    failures++;
                    assertThat(e.getMessage()).as("at write %d", n)
                            .containsPattern("cannot apply patch \\d+/10 '[^']+': No space left on device");
                    assertThat(mirror.exactRef(ref)).as("at write %d the ref is not moved", n).isNull();
                    assertThat(git(mirrorDir, "fsck", "--full", "--no-dangling")).as("at write %d", n).isEqualTo(0);
                    continue;
                }
                // The first n at which the disk never filled: the series got through with space to spare.
                assertThat(disk.writes.get()).isLessThan(n);
                assertThat(result.applied()).isTrue();
                break;
            }
            assertThat(failures).as("every write of the series was made to fail once").isGreaterThanOrEqualTo(10);

            // Space again: the same mirror, with the debris of every failed attempt, gives git am's commits.
            AppliedSeries again = new ApplySeries(mirror).setTip(ObjectId.fromString(fx.base)).setPatches(patches)
                    .setCommitter(ApplySeriesDifferentialTest.COMMITTER).setUpdateRef(ref).call();
            ApplySeriesDifferentialTest.GitAm am = ApplySeriesDifferentialTest.gitAm(fx.git, fx.base, mbox);
            assertThat(am.ok()).as(am.output()).isTrue();
            assertThat(ApplySeriesDifferentialTest.ids(again)).isEqualTo(am.commits());
            assertThat(mirror.exactRef(ref).getObjectId().name()).isEqualTo(am.commits().get(am.commits().size() - 1));
            assertThat(git(mirrorDir, "fsck", "--full", "--no-dangling")).isEqualTo(0);
        }
    }

    @Test
    void aRefLockAKilledProcessLeftIsRemovedOnceStaleButALiveOneIsRespected() throws Exception {
        EveryDiffShapeSeries fx = EveryDiffShapeSeries.everyShape(tmp.resolve("repo"));
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        List<PatchToApply> patches = fx.git.mailinfo(mbox, false);
        Path mirrorDir = tmp.resolve("mirror.git");
        fx.git.run("clone", "-q", "--mirror", fx.git.dir.toString(), mirrorDir.toString());
        String ref = "refs/pwci/killed";
        Path lock = java.nio.file.Files.createDirectories(mirrorDir.resolve("refs/pwci")).resolve("killed.lock");
        java.nio.file.Files.writeString(lock, "");
        try (Repository mirror = new FileRepositoryBuilder().setGitDir(mirrorDir.toFile()).setBare().build()) {
            ApplySeries apply = new ApplySeries(mirror).setTip(ObjectId.fromString(fx.base)).setPatches(patches)
                    .setCommitter(ApplySeriesDifferentialTest.COMMITTER).setUpdateRef(ref);
            // Fresh: another git may be writing the ref right now; an error, and the lock stays.
            assertThatThrownBy(apply::call).hasMessageContaining("cannot update " + ref).hasMessageContaining("LOCK_FAILURE")
                    .hasMessageContaining(".lock exists");
            assertThat(lock).exists();
            assertThat(mirror.exactRef(ref)).isNull();

            // Left by a process killed minutes ago: removed, and the series' ref written.
            java.nio.file.Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(ApplySeries.STALE_REF_LOCK).minusSeconds(5)));
            AppliedSeries done = apply.call();
            assertThat(lock).doesNotExist();
            assertThat(mirror.exactRef(ref).getObjectId()).isEqualTo(done.head());
            assertThat(git(mirrorDir, "fsck", "--full", "--no-dangling")).isEqualTo(0);
        }
    }

    @Test
    void aFullDiskDuringACheckoutLeavesNoHalfFileAndAnIndexThatStillSaysTheOldTree() throws Exception {
        EveryDiffShapeSeries fx = EveryDiffShapeSeries.everyShape(tmp.resolve("wt"));
        GitCli g = fx.git;
        String head = g.run("rev-parse", fx.series);
        int failures = 0;
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            for (int n = 1; n < 100; n++) {
                g.run("checkout", "-q", "-f", "--detach", fx.base);
                g.run("clean", "-q", "-f", "-d");
                AtomicInteger files = new AtomicInteger();
                int failAt = n;
                // Half the file lands, then the disk is full: what a real ENOSPC does to a write.
                FileWrites disk = (file, content) -> {
                    if (files.incrementAndGet() == failAt) {
                        java.nio.file.Files.write(file, java.util.Arrays.copyOf(content, content.length / 2));
                        throw new IOException("No space left on device");
                    }
                    FileWrites.DIRECT.write(file, content);
                };
                try {
                    new WorkTree(repo, disk).move(ObjectId.fromString(fx.base), ObjectId.fromString(head));
                } catch (IOException e) {
                    failures++;
                    assertThat(e.getMessage()).as("at file %d", n).startsWith("cannot check out ")
                            .endsWith(": No space left on device");
                    try (var all = java.nio.file.Files.walk(g.dir)) {
                        assertThat(all.map(p -> p.getFileName().toString()).filter(x -> x.startsWith(".pwci-")))
                                .as("no temporary file left").isEmpty();
                    }
                    // The index still says the old tree; every file git sees changed is whole, as in the new one.
                    assertThat(g.run("write-tree")).isEqualTo(g.run("rev-parse", fx.base + "^{tree}"));
                    // (git diff: the work tree against the index, one "M\tpath", "T\tpath" or "D\tpath" a line)
                    List<String> changed = List.of(g.run("diff", "--name-status", "--no-renames").split("\n"));
                    for (String line : changed) {
                        if (line.isBlank() || line.startsWith("D")) {
                            continue;
                        }
                        String path = line.substring(line.indexOf('\t') + 1);
                        if (java.nio.file.Files.isRegularFile(g.dir.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                            assertThat(g.run("hash-object", "--", path)).as("%s after a failure at file %d", path, n)
                                    .isEqualTo(g.run("rev-parse", head + ":" + path));
                        }
                    }
                    // A later move from the old tree does not trust a file the failed one rewrote: it refuses.
                    // With only deletions done, it finishes the checkout, exactly.
                    boolean rewritten = changed.stream().anyMatch(l -> l.startsWith("M") || l.startsWith("T"));
                    if (rewritten) {
                        assertThatThrownBy(() -> new WorkTree(repo).move(ObjectId.fromString(fx.base),
                                ObjectId.fromString(head))).as("at file %d", n).hasMessageContaining("local changes");
                    } else {
                        new WorkTree(repo).move(ObjectId.fromString(fx.base), ObjectId.fromString(head));
                        g.run("update-ref", "--no-deref", "HEAD", head);
                        assertThat(g.run("status", "--porcelain", "--untracked-files=all")).as("at file %d", n).isEmpty();
                    }
                    continue;
                }
                assertThat(files.get()).isLessThan(n);
                break;
            }
            assertThat(failures).as("every file write was made to fail once").isGreaterThanOrEqualTo(5);
            // With space again, a clean checkout of the old tree moves to exactly the new one.
            g.run("checkout", "-q", "-f", "--detach", fx.base);
            g.run("clean", "-q", "-f", "-d");
            new WorkTree(repo).move(ObjectId.fromString(fx.base), ObjectId.fromString(head));
            g.run("update-ref", "--no-deref", "HEAD", head);
            assertThat(g.run("status", "--porcelain", "--untracked-files=all")).isEmpty();
        }
    }

    /** git's exit status on the repository {@code gitDir}; what it said goes to the test's log when it fails. */
    private static int git(Path gitDir, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "--git-dir=" + gitDir;
        System.arraycopy(args, 0, cmd, 1, args.length);
        GitRepo.Result r = GitRepo.in(gitDir).execMerged(null, Map.of(), cmd);
        if (r.status() != 0) {
            System.err.println("git " + String.join(" ", cmd) + ": " + r.text());
        }
        return r.status();
    }
}
