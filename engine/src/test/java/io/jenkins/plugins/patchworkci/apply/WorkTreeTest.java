package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTreeTest {

    @TempDir
    Path tmp;

    /** pwci am opens the repository it runs in as ".": a relative work tree must work too. */
    @Test
    void aRepositoryOpenedByARelativePathMovesToo() throws Exception {
        EveryDiffShapeSeries fx = EveryDiffShapeSeries.everyShape(tmp.resolve("rel"));
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "--detach", fx.base);
        Path relative = Path.of(".").resolve(Path.of("").toAbsolutePath().relativize(g.dir)); // "./...", as "." is
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(relative.toFile()).build()) {
            assertThat(repo.getWorkTree().isAbsolute()).isFalse();
            List<PatchToApply> patches = g.mailinfo(fx.formatPatch(fx.base, fx.series), false);
            AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(fx.base)).setPatches(patches).call();
            new WorkTree(repo).move(ObjectId.fromString(fx.base), r.head());
            g.run("update-ref", "--no-deref", "HEAD", r.head().name());
            assertThat(g.run("status", "--porcelain", "--untracked-files=all")).isEmpty();
        }
    }

    @Test
    void movesPatchByPatchRewritingOnlyChangedFiles() throws Exception {
        EveryDiffShapeSeries fx = EveryDiffShapeSeries.everyShape(tmp.resolve("repo"));
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "--detach", fx.base);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(g.dir.resolve("src/main.c"), old);
        Files.setLastModifiedTime(g.dir.resolve("old.txt"), old);
        g.run("update-index", "--refresh");
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            List<PatchToApply> patches = g.mailinfo(fx.formatPatch(fx.base, fx.series), false);
            AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(fx.base)).setPatches(patches).call();
            WorkTree wt = new WorkTree(repo);
            ObjectId at = ObjectId.fromString(fx.base);
            for (AppliedCommit c : r.commits()) {
                wt.move(at, c.commit());
                at = c.commit();
                g.run("update-ref", "--no-deref", "HEAD", c.commit().name());
                // After every step the checkout is exactly the commit: git sees nothing to report.
                assertThat(g.run("status", "--porcelain", "--untracked-files=all")).as(c.subject()).isEmpty();
                if (c.index() == 3) {
                    assertThat(Files.getLastModifiedTime(g.dir.resolve("src/main.c"))).isNotEqualTo(old);
                    assertThat(Files.getLastModifiedTime(g.dir.resolve("old.txt"))).isEqualTo(old);
                }
            }
            assertThat(Files.isSymbolicLink(g.dir.resolve("type.txt"))).isTrue();
            assertThat(Files.isExecutable(g.dir.resolve("script.sh"))).isTrue();
            assertThat(Files.exists(g.dir.resolve("bin2.bin"))).isFalse();
            assertThat(Files.exists(g.dir.resolve("dir with space"))).isFalse();
        }
    }

    @Test
    void neverWritesThroughASymlinkLeftByTheOldTree() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        GitCli g = GitCli.init(tmp.resolve("repo"));
        g.write("f", "f\n");
        Files.createSymbolicLink(g.dir.resolve("a"), outside);
        String first = g.commit("link a to outside", "1500000000 +0000");
        g.run("rm", "-q", "a");
        g.write("a/passwd", "not for outside\n");
        String second = g.commit("a is a directory now", "1500000000 +0000");
        g.run("checkout", "-q", "-f", "--detach", first);
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            new WorkTree(repo).move(ObjectId.fromString(first), ObjectId.fromString(second));
        }
        assertThat(outside).isEmptyDirectory();
        assertThat(Files.isDirectory(g.dir.resolve("a"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(g.dir.resolve("a/passwd")).hasContent("not for outside");
    }

    @Test
    void refusesToOverwriteLocalChanges() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("repo"));
        g.write("f", "one\n");
        String first = g.commit("one", "1500000000 +0000");
        g.write("f", "two\n");
        String second = g.commit("two", "1500000000 +0000");
        g.run("checkout", "-q", "-f", "--detach", first);
        g.write("f", "local edit, longer\n");
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            assertThatThrownBy(() -> new WorkTree(repo).move(ObjectId.fromString(first), ObjectId.fromString(second)))
                    .hasMessageContaining("local changes").hasMessageContaining("f");
        }
        assertThat(g.dir.resolve("f")).hasContent("local edit, longer");
        assertThat(g.run(Map.of(), "status", "--porcelain")).isEqualTo("M f");
    }
}
