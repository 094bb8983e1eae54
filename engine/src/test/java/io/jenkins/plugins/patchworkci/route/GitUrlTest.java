package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one comparison of repository locations, against git itself: two spellings of a local
 * repository name the same repository exactly when {@code git ls-remote} reads the same refs
 * through both, and a spelling git reads as ssh names the host git would connect to.
 */
class GitUrlTest {

    @TempDir
    Path tmp;

    /** Three repositories told apart by their commits: net, Net (case matters on disk) and a bare one under a space. */
    private void repositories() throws Exception {
        for (String name : List.of("net", "Net")) {
            Files.createDirectories(tmp.resolve(name));
            GitRepo g = GitRepo.in(tmp.resolve(name));
            g.run("init", "-q", "-b", "main");
            g.run("commit", "-q", "--allow-empty", "-m", name);
        }
        Files.createDirectories(tmp.resolve("a b"));
        String bare = tmp.resolve("a b/Bpf.git").toString();
        GitRepo.in(tmp).run("init", "-q", "--bare", "-b", "main", bare);
        GitRepo.in(tmp.resolve("Net")).run("push", "-q", bare, "main");
        GitRepo.in(tmp.resolve("net")).run("push", "-q", bare, "main:bpf");
        Files.createDirectories(tmp.resolve("x"));
    }

    /** The refs git reads at a location, or nothing when git cannot read one there. */
    private Optional<String> lsRemote(String location) {
        GitRepo.Result r = GitRepo.in(tmp).exec(null, Map.of("GIT_SSH_COMMAND", "false"), "ls-remote", location);
        return r.status() == 0 ? Optional.of(r.text()) : Optional.empty();
    }

    @Test
    void localSpellingsAreOneRepositoryExactlyWhenGitReadsTheSameRefsThroughThem() throws Exception {
        repositories();
        String t = tmp.toString();
        List<String> spellings = List.of(
                t + "/net", t + "/net/", t + "/net/.git", t + "//net", t + "/./net", t + "/x/../net",
                "file://" + t + "/net", "file://" + t + "/net/.git/", "file://localhost" + t + "/net",
                "file://" + t + "/x/../net",
                t + "/Net", "file://" + t + "/Net",
                t + "/a b/Bpf.git", t + "/a b/Bpf", "file://" + t + "/a%20b/Bpf.git", "file://" + t + "/a b/Bpf/");
        List<String> compared = new ArrayList<>();
        for (String a : spellings) {
            Optional<String> refsA = lsRemote(a);
            assertThat(refsA).as("git reads %s", a).isPresent();
            for (String b : spellings) {
                boolean git = refsA.equals(lsRemote(b));
                assertThat(GitUrl.sameRepository(a, b)).as("%s ~ %s (git: %s)", a, b, git).isEqualTo(git);
                compared.add(a + " ~ " + b);
            }
        }
        assertThat(compared).hasSize(spellings.size() * spellings.size());
    }

    @Test
    void aColonBeforeAnySlashIsSshToAHostAsGitReadsIt() throws Exception {
        repositories();
        String path = tmp.resolve("net").toString();
        Path log = tmp.resolve("ssh.log");
        // git runs the ssh command with the host it read; the stand-in writes it down and fails.
        GitRepo.Result r = GitRepo.in(tmp).exec(null,
                Map.of("GIT_SSH_COMMAND", "echo >" + log + " ssh-to", "GIT_SSH_VARIANT", "simple"), "ls-remote", "file:" + path);
        assertThat(r.status()).isNotZero();
        assertThat(Files.readString(log)).startsWith("ssh-to file ");
        assertThat(GitUrl.sameRepository("file:" + path, path)).isFalse();
        assertThat(GitUrl.sameRepository("file:" + path, "ssh://file" + path)).isTrue();

        Files.delete(log);
        GitRepo.in(tmp).exec(null, Map.of("GIT_SSH_COMMAND", "echo >" + log + " ssh-to", "GIT_SSH_VARIANT", "simple"), "ls-remote",
                "git.kernel.org:pub/scm/linux/kernel/git/netdev/net.git");
        assertThat(Files.readString(log)).startsWith("ssh-to git.kernel.org ");
        assertThat(GitUrl.sameRepository("git.kernel.org:pub/scm/linux/kernel/git/netdev/net.git",
                "https://git.kernel.org/pub/scm/linux/kernel/git/netdev/net")).isTrue();
    }

    @Test
    void hostsCompareWithoutCaseUserOrPortAndPathsWithCase() {
        assertThat(GitUrl.sameRepository("ssh://git@Git.Kernel.org:22/pub/scm/net.git", "https://git.kernel.org/pub/scm/net"))
                .isTrue();
        assertThat(GitUrl.sameRepository("https://git.kernel.org/pub/scm/Net.git", "https://git.kernel.org/pub/scm/net.git"))
                .isFalse();
        assertThat(GitUrl.sameRepository("https://example.org/a/net.git", "https://example.org/b/net.git")).isFalse();
    }
}
