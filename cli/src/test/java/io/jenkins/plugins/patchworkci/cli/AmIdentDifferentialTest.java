package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.cli.GitAmBench.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committer and dates of {@code pwci am} against {@code git am} in one environment: same
 * commit ids for every {@code GIT_COMMITTER_DATE} format git reads, the committer from config as
 * git finds it, the {@code GIT_AUTHOR_*} variables ignored (the mail names the author), git's
 * refusals, and the current time for a mail without a date.
 */
class AmIdentDifferentialTest {

    @TempDir
    Path tmp;

    GitAmBench bench;
    Path src;
    Path mbox;

    @BeforeEach
    void series() throws Exception {
        bench = new GitAmBench(tmp);
        src = bench.source(Map.of("f.txt", "1\n2\n3\n"));
        Files.writeString(src.resolve("f.txt"), "1\ntwo\n3\n");
        bench.ok(src, "commit", "-q", "-am", "f: two", "--author", "Ann O'Neil! <ann@example.org>",
                "--date", "1600000000 +0530");
        Files.writeString(src.resolve("f.txt"), "1\ntwo\nthree\n");
        bench.ok(src, "commit", "-q", "-am", "f: three");
        mbox = tmp.resolve("series.mbox");
        Files.writeString(mbox, bench.ok(src, "format-patch", "--stdout", "base..main") + "\n");
    }

    /** The bench's environment with {@code overrides} (a null value unsets), as pwci am gets it. */
    static Map<String, String> env(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(GitAmBench.ENV);
        env.put("GIT_AUTHOR_NAME", "Ann Author");
        env.put("GIT_AUTHOR_EMAIL", "ann@example.org");
        overrides.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        return env;
    }

    /** git am in one clone, pwci am (with the mail package's parser) in another, with one environment. */
    Path[] both(Map<String, String> overrides, Path mailbox) throws Exception {
        Path viaGit = bench.clone(src, "git", "base");
        Path viaPwci = bench.clone(src, "pwci", "base");
        Run g = bench.git(viaGit, null, overrides, "am", mailbox.toString());
        assertThat(g.rc()).as(g.out()).isZero();
        SeriesInput parser = ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow();
        Run p = bench.pwciAm(viaPwci, parser, env(overrides), mailbox);
        assertThat(p.rc()).as(p.out()).isZero();
        return new Path[] {viaGit, viaPwci};
    }

    static final String IDENTS = "--format=%an <%ae> %ad | %cn <%ce> %cd";

    @ParameterizedTest
    @ValueSource(strings = {"1700000000 +0100", "@1700000000 -0330", "Tue, 14 Nov 2023 22:13:20 +0100",
        "14 Nov 2023 22:13:20 CET", "2023-11-14 22:13:20 +0100", "2023-11-14T22:13:20+01:00",
        "2023-11-14T21:13:20Z"})
    void committerDateInEachOfGitsFormatsGivesGitsCommits(String date) throws Exception {
        Map<String, String> overrides = Map.of("GIT_COMMITTER_DATE", date, "GIT_AUTHOR_NAME", "Not The Author",
                "GIT_AUTHOR_EMAIL", "not@example.org", "GIT_AUTHOR_DATE", "1500000000 +0000");
        Path[] c = both(overrides, mbox);
        assertThat(bench.ok(c[1], "log", "-2", IDENTS, "--date=raw"))
                .isEqualTo(bench.ok(c[0], "log", "-2", IDENTS, "--date=raw"))
                .contains("Ann O'Neil! <ann@example.org> 1600000000 +0530");
        assertThat(bench.ok(c[1], "rev-parse", "HEAD")).isEqualTo(bench.ok(c[0], "rev-parse", "HEAD"));
    }

    @Test
    void committerFromConfigAndCleanedAsGitDoes() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("GIT_COMMITTER_NAME", null);
        overrides.put("GIT_COMMITTER_EMAIL", " <c.onfig@example.org>. ");
        Path viaGit = bench.clone(src, "git", "base");
        Path viaPwci = bench.clone(src, "pwci", "base");
        for (Path c : new Path[] {viaGit, viaPwci}) {
            bench.ok(c, "config", "user.name", "User Name");
            bench.ok(c, "config", "committer.name", " Conf. Committer ");
        }
        Run g = bench.git(viaGit, null, overrides, "am", "-s", mbox.toString());
        assertThat(g.rc()).as(g.out()).isZero();
        Run p = bench.pwciAm(viaPwci, ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow(), env(overrides),
                mbox, "-s");
        assertThat(p.rc()).as(p.out()).isZero();
        assertThat(bench.ok(viaGit, "log", "-1", "--format=%cn <%ce>%n%b")).contains("Conf. Committer <c.onfig@example.org>");
        assertThat(bench.ok(viaPwci, "rev-parse", "HEAD")).isEqualTo(bench.ok(viaGit, "rev-parse", "HEAD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIT_COMMITTER_DATE=not a date", "GIT_COMMITTER_NAME=", "GIT_COMMITTER_NAME=.<>"})
    void refusesTheCommitterGitRefusesBeforeTouchingAnything(String assignment) throws Exception {
        String[] kv = assignment.split("=", 2);
        Map<String, String> overrides = Map.of(kv[0], kv[1]);
        Path viaGit = bench.clone(src, "git", "base");
        Path viaPwci = bench.clone(src, "pwci", "base");
        Run g = bench.git(viaGit, null, overrides, "am", mbox.toString());
        Run p = bench.pwciAm(viaPwci, ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow(), env(overrides),
                mbox);
        assertThat(g.rc()).isEqualTo(128);
        assertThat(p.rc()).isEqualTo(128);
        assertThat(p.out().strip()).isEqualTo(g.out());
        for (Path c : new Path[] {viaGit, viaPwci}) {
            assertThat(c.resolve(".git/rebase-apply")).doesNotExist();
            assertThat(bench.ok(c, "rev-parse", "HEAD")).isEqualTo(bench.ok(src, "rev-parse", "base"));
        }
    }

    @Test
    void aMailWithoutDateIsDatedNowNotWithTheCommitterDate() throws Exception {
        Path dateless = tmp.resolve("dateless.mbox");
        Files.writeString(dateless, Files.readString(mbox).replaceAll("(?m)^Date: .*\n", ""), StandardCharsets.UTF_8);
        long before = Instant.now().getEpochSecond();
        Path[] c = both(Map.of(), dateless);
        long after = Instant.now().getEpochSecond();
        for (Path clone : c) {
            for (String line : bench.ok(clone, "log", "-2", "--format=%at %ct").split("\n")) {
                String[] t = line.split(" ");
                assertThat(Long.parseLong(t[0])).as(clone + ": " + line).isBetween(before, after);
                assertThat(t[1]).isEqualTo("1700000000");
            }
        }
    }
}
