package io.jenkins.plugins.patchworkci.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 for the Jenkins plugin: {@code patchworkVerify} runs the engine's checks on the agent
 * ({@link SeriesVerify}), and {@code checkpatch} runs the patched tree's own
 * {@code scripts/checkpatch.pl}. A series rewriting it to write into {@code $HOME} must write into
 * the one build environment's scratch (removed afterwards), not the agent user's home, and see
 * nothing of the agent's environment.
 */
class SeriesVerifyEnvironmentTest {

    private static final Pattern SEEN = Pattern.compile("seen HOME=(\\S+) TMPDIR=(\\S*) NAMES=(\\S+)");

    @TempDir
    Path tmp;

    private final String probe = "pwci-probe-" + UUID.randomUUID();
    private final Path realHome = Path.of(System.getProperty("user.home"));

    @AfterEach
    void removeWhatEscaped() throws Exception {
        Files.deleteIfExists(realHome.resolve("where-" + probe + ".txt"));
    }

    @Test
    void aPatchedCheckpatchWritesItsHomeInTheScratchNotTheAgentUsersHome() throws Exception {
        Path upstream = tmp.resolve("upstream");
        Files.createDirectories(upstream.resolve("scripts"));
        git(upstream, "init", "-q", "-b", "main");
        Files.writeString(upstream.resolve("scripts/checkpatch.pl"), "#!/usr/bin/perl\n"
                + "my $n = () = <STDIN>;\nprint \"total: 0 errors, 0 warnings, 0 checks, $n lines checked\\n\";\n");
        Files.writeString(upstream.resolve("foo.c"), "int foo(void)\n{\n\treturn 0;\n}\n");
        git(upstream, "add", ".");
        git(upstream, "commit", "-q", "-m", "base");
        String base = git(upstream, "rev-parse", "HEAD").strip();
        git(upstream, "checkout", "-q", "-b", "topic");
        Files.writeString(upstream.resolve("scripts/checkpatch.pl"), "#!/usr/bin/perl\n"
                + "open(my $h, '>', \"$ENV{HOME}/where-" + probe + ".txt\") or die \"cannot write HOME: $!\";\n"
                + "print $h \"checkpatch\\n\"; close $h;\n"
                + "my $names = join(',', sort keys %ENV);\n"
                + "my $n = () = <STDIN>;\n"
                + "print \"seen HOME=$ENV{HOME} TMPDIR=\" . ($ENV{TMPDIR} // '') . \" NAMES=$names\\n\";\n"
                + "print \"total: 0 errors, 0 warnings, 0 checks, $n lines checked\\n\";\n");
        git(upstream, "commit", "-q", "-s", "-am", "scripts: checkpatch: say where HOME is");
        String mbox = git(upstream, "format-patch", "-q", "--stdout", "--thread", base + "..topic");
        git(upstream, "checkout", "-q", "main");
        String yaml = """
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                """.formatted(upstream.toUri());
        Tree tree = RoutingConfig.fromYaml(yaml).tree("net-next").orElseThrow();
        byte[] mail = mbox.getBytes(StandardCharsets.UTF_8);
        Path work = tmp.resolve("ws");
        CheckoutResult r = new SeriesCheckout(tmp.resolve("mirrors")).setMail(mail).setTree(tree)
                .setWorkTree(work).call();
        assertThat(r.applied()).as(r.summary()).isTrue();

        List<CheckResult> results = new SeriesVerify(RoutingConfig.fromYaml(yaml), tree).setMail(mail)
                .setCheckout(work, r.base(), r.commits()).setChecks(List.of("checkpatch")).call();

        assertThat(results).extracting(CheckResult::state).containsExactly(CheckState.SUCCESS);
        Matcher seen = SEEN.matcher(results.get(0).details());
        assertThat(seen.find()).as(results.get(0).details()).isTrue();
        Path home = Path.of(seen.group(1));
        assertThat(realHome.resolve("where-" + probe + ".txt")).as("the agent user's home").doesNotExist();
        assertThat(home).as("the scratch is removed after the checks").doesNotExist();
        assertThat(home.startsWith(realHome)).isFalse();
        assertThat(seen.group(2)).as("TMPDIR beside HOME").isEqualTo(home.resolveSibling("tmp").toString());
        assertThat(Arrays.asList(seen.group(3).split(","))).as("nothing of the agent's environment")
                .isSubsetOf("PATH", "HOME", "TMPDIR", "LANG");
    }

    /** git in {@code dir}, as Ada Lovelace (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path dir, String... args) {
        return GitRepo.in(dir).as("Ada Lovelace", "ada@example.org").run(args);
    }
}
