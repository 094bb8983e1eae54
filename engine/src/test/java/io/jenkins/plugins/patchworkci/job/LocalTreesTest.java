package io.jenkins.plugins.patchworkci.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.MaintainersSection;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configured trees as a local repository's remotes hold them: a tree is the remote git reads
 * the same repository through, however the two are spelled, and its MAINTAINERS is read at the
 * remote branch's tip.
 */
class LocalTreesTest {

    @TempDir
    Path tmp;

    private static String git(Path dir, String... args) {
        return GitRepo.in(dir).run(args);
    }

    private static Tree tree(String name, String remote) {
        return new Tree(name, remote, "main", List.of(name), List.of(), TreeKind.KERNEL, Optional.empty(), TreeRole.STANDALONE);
    }

    @Test
    void aTreeIsTheRemoteGitReadsTheSameRepositoryThrough() throws Exception {
        Path upstream = Files.createDirectories(tmp.resolve("upstream"));
        git(upstream, "init", "-q", "-b", "main");
        Files.writeString(upstream.resolve("MAINTAINERS"), "NETWORKING\nM:\tNet Dev <netdev@example.org>\nF:\tnet/\n");
        git(upstream, "add", ".");
        git(upstream, "commit", "-q", "-m", "base");
        Path work = Files.createDirectories(tmp.resolve("work"));
        git(work, "init", "-q", "-b", "local");
        git(work, "remote", "add", "up", "file://" + upstream + "/.git");
        git(work, "fetch", "-q", "up");
        // the tree's spelling of the remote: a path with a trailing slash, which git reads as the same refs
        String spelled = upstream + "/";
        assertThat(git(work, "ls-remote", spelled)).isEqualTo(git(work, "ls-remote", "up"));

        Tree net = tree("net", spelled);
        Tree other = tree("other", tmp.resolve("Upstream").toString());
        try (Repository repo = new FileRepositoryBuilder().setGitDir(work.resolve(".git").toFile()).build()) {
            LocalTrees trees = new LocalTrees(repo, List.of(net, other));
            assertThat(trees.describe(net)).isEqualTo("refs/remotes/up/main");
            assertThat(trees.tip(net)).contains(git(upstream, "rev-parse", "HEAD").strip());
            assertThat(trees.maintainers(net).orElseThrow().sections()).extracting(MaintainersSection::title)
                    .containsExactly("NETWORKING");
            // another directory on a case-sensitive disk: not this remote
            assertThat(trees.describe(other)).isEqualTo("refs/heads/other (not in this repository)");
            assertThat(trees.maintainers(other)).isEmpty();
        }
    }
}
