package io.jenkins.plugins.patchworkci.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.KernelSource;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patchworkVerify}'s {@code cc_maintainers} sees the To and Cc of each patch's mail, not only the
 * sender: a series made by {@code git format-patch --to/--cc} (real mbox, real git, the kernel's real
 * get_maintainer.pl), checked out and verified by {@link SeriesCheckout} and {@link SeriesVerify}.
 */
class SeriesVerifyRecipientsTest {

    @TempDir
    Path tmp;

    @Test
    void ccMaintainersSeesToAndCcFromTheMbox() throws Exception {
        Path upstream = tmp.resolve("upstream");
        Files.createDirectories(upstream.resolve("drivers/net"));
        git(upstream, "init", "-q", "-b", "main");
        KernelSource.populate(upstream, KernelSource.NET_DRIVERS_MAINTAINERS);
        Files.writeString(upstream.resolve("drivers/net/foo.c"), "int foo(void)\n{\n\treturn 0;\n}\n");
        git(upstream, "add", ".");
        git(upstream, "commit", "-q", "-m", "base");
        String base = git(upstream, "rev-parse", "HEAD").strip();
        git(upstream, "checkout", "-q", "-b", "topic");
        Files.writeString(upstream.resolve("drivers/net/foo.c"), "int foo(void)\n{\n\treturn 1;\n}\n");
        git(upstream, "commit", "-q", "-s", "-am", "net: foo: return 1");
        // Every maintainer copied: two on To, one on Cc (lists and people alike).
        String copied = git(upstream, "format-patch", "-q", "--stdout", "--thread", "--to=netdev@vger.kernel.org",
                "--to=Jakub Kicinski <kuba@kernel.org>", "--cc=Paolo Abeni <pabeni@redhat.com>", base + "..topic");
        // The same patch sent to the list alone.
        String listOnly = git(upstream, "format-patch", "-q", "--stdout", "--thread", "--to=netdev@vger.kernel.org",
                base + "..topic");
        git(upstream, "checkout", "-q", "main");
        Tree tree = RoutingConfig.fromYaml("""
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                """.formatted(upstream.toUri())).tree("net-next").orElseThrow();

        CheckResult all = verify(tree, copied, "copied");
        CheckResult one = verify(tree, listOnly, "list-only");

        assertThat(all.state()).as(all.details()).isEqualTo(io.jenkins.plugins.patchworkci.check.CheckState.SUCCESS);
        assertThat(all.description()).matches("CCed (\\d+) of \\1 maintainers");
        assertThat(all.details()).contains("Missing: []");
        // The list (To) and the author (the sender) count, so two of four were reached: a warning, as NIPA.
        assertThat(one.state()).isEqualTo(io.jenkins.plugins.patchworkci.check.CheckState.WARNING);
        assertThat(one.description()).isEqualTo("2 maintainers not CCed: kuba@kernel.org pabeni@redhat.com");
    }

    private CheckResult verify(Tree tree, String mbox, String name) throws Exception {
        byte[] mail = mbox.getBytes(StandardCharsets.UTF_8);
        Path work = tmp.resolve("ws-" + name);
        CheckoutResult r = new SeriesCheckout(tmp.resolve("mirrors")).setMail(mail).setTree(tree)
                .setWorkTree(work).call();
        assertThat(r.applied()).as(r.summary()).isTrue();
        RoutingConfig routing = RoutingConfig.fromYaml("""
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                """.formatted(tree.remote()));
        List<CheckResult> results = new SeriesVerify(routing, tree).setMail(mail).setCheckout(work, r.base(), r.commits())
                .setChecks(List.of("cc_maintainers")).call();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    /** git in {@code dir}, as Ada Lovelace (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path dir, String... args) {
        return GitRepo.in(dir).as("Ada Lovelace", "ada@example.org").run(args);
    }
}
