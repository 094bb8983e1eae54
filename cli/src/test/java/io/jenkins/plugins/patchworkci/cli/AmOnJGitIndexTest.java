package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwci am} in a repository whose index has no cached tree ids (written by JGit, as libgit2
 * and some git commands also leave it): the dirty-index check used to fail there with
 * UnsupportedOperationException instead of applying.
 */
class AmOnJGitIndexTest {

    @TempDir
    Path tmp;

    @Test
    void appliesWhereTheIndexHasNoCachedTrees() throws Exception {
        Path repo = tmp.resolve("repo");
        PersonIdent who = new PersonIdent("Ann Author", "ann@example.org");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(repo.resolve("src"));
            Files.writeString(repo.resolve("src/a.c"), "int a;\n");
            git.add().addFilepattern("src/a.c").call();
            git.commit().setMessage("base").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        // the patch, made by git in a clone of that repository
        Path other = tmp.resolve("other");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(other.toFile()).call().close();
        try (Git git = Git.open(other.toFile())) {
            Files.writeString(other.resolve("src/a.c"), "int a = 1;\n");
            git.commit().setAll(true).setMessage("a: start at one").setAuthor(who).setCommitter(who).setSign(false)
                    .call();
        }
        Process p = new ProcessBuilder("git", "-C", other.toString(), "format-patch", "--stdout", "-1")
                .redirectOutput(tmp.resolve("one.mbox").toFile()).start();
        assertThat(p.waitFor()).isZero();

        Cli r = Cli.run("am", "-C", repo.toString(), tmp.resolve("one.mbox").toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.readString(repo.resolve("src/a.c"))).isEqualTo("int a = 1;\n");
    }
}
