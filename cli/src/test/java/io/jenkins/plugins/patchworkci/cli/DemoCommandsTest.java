package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwci series}, {@code apply}, {@code check} and {@code run} on the engine's demo: a real
 * C project in real git repositories (net, net-next) and a real mbox made by {@code git format-patch}.
 * git itself is the oracle for what applying a series must give.
 */
class DemoCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static DemoWorkspace demo;
    /** A clone of net-next with net as a second remote, as a developer has it. */
    static Path kernel;
    /** Series short hash by "subject vN", read with pwci series --json. */
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        demo = DemoWorkspace.create(tmp.resolve("demo"));
        kernel = tmp.resolve("kernel");
        GitRepo.in(tmp).run("clone", "-q", demo.netNextRepository().toString(), kernel.toString());
        GitRepo.in(kernel).run("remote", "add", "net", demo.netRepository().toString());
        GitRepo.in(kernel).run("fetch", "-q", "net");
        Cli list = Cli.run("series", demo.mailbox().toString(), "--json");
        assertThat(list.exit()).as(list.toString()).isZero();
        for (JsonNode s : JSON.readTree(list.out())) {
            ids.put(s.get("subject").asText() + " v" + s.get("version").asInt(), s.get("id").asText());
        }
    }

    private static String id(String subjectAndVersion) {
        assertThat(ids).containsKey(subjectAndVersion);
        return ids.get(subjectAndVersion);
    }

    @Test
    void seriesListsEveryDemoSeriesWithItsTreeTag() throws IOException {
        Cli r = Cli.run("series", demo.mailbox().toString(), "--json");
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).hasSize(9);
        Map<String, String> tags = new HashMap<>();
        for (JsonNode s : rows) {
            tags.put(s.get("subject").asText() + " v" + s.get("version").asInt(), s.get("treeTag").asText());
            assertThat(s.get("complete").asBoolean()).isTrue();
            assertThat(s.get("state").asText()).isEmpty(); // not from Patchwork
        }
        assertThat(tags).containsEntry("net: add sock_recv() v1", "net-next")
                .containsEntry("net: sock: do not return a negative count v1", "net")
                .containsEntry("ip: show that the queue length is settable v1", "iproute2-next")
                .containsEntry("demo: polish v2", "net-next");

        Cli text = Cli.run("series", demo.mailbox().toString(), "--limit", "2");
        assertThat(text.exit()).isZero();
        assertThat(text.out().lines()).hasSize(3).first().asString().startsWith("ID");
    }

    @Test
    void seriesReadsAPatchFolderAndAMaildirAsTheMboxHoldsThem() throws Exception {
        Cli folder = Cli.run("series", demo.root().resolve("work/out/1").toString(), "--json");
        assertThat(folder.exit()).as(folder.toString()).isZero();
        JsonNode one = JSON.readTree(folder.out());
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("subject").asText()).isEqualTo("net: add sock_recv()");
        assertThat(one.get(0).get("id").asText()).isEqualTo(id("net: add sock_recv() v1"));
        assertThat(one.get(0).get("total").asInt()).isEqualTo(2);

        Path maildir = tmp.resolve("maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        GitRepo.in(tmp).run("mailsplit", "-o" + maildir.resolve("new"), demo.mailbox().toString());
        Cli md = Cli.run("series", maildir.toString(), "--json");
        assertThat(md.exit()).as(md.toString()).isZero();
        List<String> fromMaildir = JSON.readTree(md.out()).findValuesAsText("id");
        assertThat(fromMaildir).containsExactlyInAnyOrderElementsOf(ids.values());
    }

    @Test
    void applyMakesTheCommitsGitAmMakes() throws Exception {
        String id = id("net: add sock_recv() v1");
        Cli r = Cli.run("apply", demo.mailbox().toString(), "--id", id, "--repo", kernel.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        String branch = "pwci/" + id + "-v1";
        assertThat(r.out()).contains("plan: onto HEAD").contains("branch " + branch)
                .contains("net: sock: add sock_recv()").contains("net: declare sock_recv()");

        Path oracle = tmp.resolve("oracle-am");
        GitRepo.in(kernel).run("worktree", "add", "-q", "--detach", oracle.toString(), "main");
        List<String> patches;
        try (Stream<Path> s = Files.list(demo.root().resolve("work/out/1"))) {
            patches = s.map(Path::toString).filter(p -> !p.endsWith("cover-letter.patch")).sorted().toList();
        }
        String[] am = Stream.concat(Stream.of("am", "-q"), patches.stream()).toArray(String[]::new);
        GitRepo.in(oracle).run(am);
        assertThat(GitRepo.in(kernel).run("rev-parse", branch + "^{tree}"))
                .isEqualTo(GitRepo.in(oracle).run("rev-parse", "HEAD^{tree}"));
        String format = "--format=%an <%ae> %ad%n%B";
        assertThat(GitRepo.in(kernel).run("log", format, "main.." + branch))
                .isEqualTo(GitRepo.in(oracle).run("log", format, "main..HEAD"));
        // The branch was made; the checked-out branch and the work tree were left alone.
        assertThat(GitRepo.in(kernel).run("symbolic-ref", "HEAD").strip()).isEqualTo("refs/heads/main");
        assertThat(GitRepo.in(kernel).run("status", "--porcelain")).isEmpty();
    }

    @Test
    void applyRoutedByTheConfigurationPutsTheFixOnNet() throws Exception {
        String id = id("net: sock: do not return a negative count v1");
        Cli r = Cli.run("apply", demo.mailbox().toString(), "--id", id, "--repo", kernel.toString(),
                "--config", demo.config().toString(), "--branch", "fix-for-net");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("plan: net: tag [net]").contains("refs/remotes/net/main");
        assertThat(GitRepo.in(kernel).run("rev-parse", "fix-for-net~1"))
                .isEqualTo(GitRepo.in(kernel).run("rev-parse", "refs/remotes/net/main"));
    }

    @Test
    void applyThatFailsPrintsTheApplyReportAndMakesNoBranch() throws Exception {
        String id = id("net: dev: document the queue length v1");
        Cli r = Cli.run("apply", demo.mailbox().toString(), "--id", id, "--repo", kernel.toString(),
                "--config", demo.config().toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).contains("does not apply").contains("net/core/dev.c")
                .contains("static int queue_len = 32;").contains("static int queue_len = 16;");
        assertThat(GitRepo.in(kernel).run("branch", "--list", "pwci/" + id + "*")).isEmpty();
    }

    @Test
    void applyOfAStaleSeriesSaysItNeedsARebase() throws Exception {
        String id = id("net: dev: shorter default queue v1");
        Cli r = Cli.run("apply", demo.mailbox().toString(), "--id", id, "--repo", kernel.toString(),
                "--config", demo.config().toString(), "--branch", "stale");
        assertThat(r.exit()).as(r.toString()).isZero();
        String tip = GitRepo.in(kernel).run("rev-parse", "refs/remotes/origin/main").strip();
        assertThat(r.out()).contains("base: " + tip.substring(0, 12))
                .contains("not at the branch tip " + tip.substring(0, 12) + ": needs a rebase");
        assertThat(GitRepo.in(kernel).run("rev-parse", "stale~1").strip())
                .isEqualTo(GitRepo.in(kernel).run("rev-parse", "refs/remotes/origin/main~1").strip());
    }

    @Test
    void applyAsksWhichSeriesWhenTheMailboxHoldsSeveral() {
        Cli r = Cli.run("apply", demo.mailbox().toString(), "--repo", kernel.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("holds 9 series").contains(id("demo: polish v2"));
    }

    @Test
    void applyIntoAWorkTree() throws Exception {
        String id = id("demo: polish v2");
        Path wt = tmp.resolve("polish-wt");
        Cli r = Cli.run("apply", demo.mailbox().toString(), "--id", id, "--repo", kernel.toString(),
                "--branch", "review/polish", "--worktree", wt.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.readString(wt.resolve("main.c"))).contains("demo done");
        assertThat(GitRepo.in(wt).run("symbolic-ref", "HEAD").strip()).isEqualTo("refs/heads/review/polish");
    }

    @Test
    void checkRunsTheConfiguredChecksAndRemovesItsWorkTree() throws Exception {
        String worktreesBefore = GitRepo.in(kernel).run("worktree", "list");
        Cli bad = Cli.run("check", demo.mailbox().toString(), "--id", id("net: dev: prepare to count drops v1"),
                "--repo", kernel.toString(), "--config", demo.config().toString());
        assertThat(bad.exit()).as(bad.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(bad.out()).containsPattern("(?m)^CHECK +PATCH +STATE +DESCRIPTION$")
                .containsPattern("(?m)^build_warnings +1 +fail +.*new: 1");

        Cli good = Cli.run("check", demo.mailbox().toString(), "--id", id("net: add sock_recv() v1"),
                "--repo", kernel.toString(), "--config", demo.config().toString(), "--json");
        assertThat(good.exit()).as(good.toString()).isZero();
        JsonNode results = JSON.readTree(good.out());
        assertThat(results.findValuesAsText("check")).contains("apply", "tree_selection", "build_warnings");
        assertThat(results.findValuesAsText("state")).doesNotContain("fail");
        assertThat(GitRepo.in(kernel).run("worktree", "list")).isEqualTo(worktreesBefore);

        // --onto: no routed tree, so the checks name the ref (they said "Applied to none")
        Cli onto = Cli.run("check", demo.mailbox().toString(), "--id", id("net: add sock_recv() v1"),
                "--repo", kernel.toString(), "--onto", "HEAD");
        assertThat(onto.exit()).as(onto.toString()).isZero();
        assertThat(onto.out()).containsPattern("(?m)^apply +1 +success +Applied to HEAD").doesNotContain("none");
    }

    @Test
    void runOnceRunsEverySeriesAndThenFindsNothingNew() throws Exception {
        Cli first = Cli.run("run", "--once", "--config", demo.config().toString());
        // The demo has a series that does not apply and one that adds a warning: exit 1.
        assertThat(first.exit()).as(first.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(first.out()).contains("polled mbox").contains("shadow mode")
                .containsPattern("(?m)^SERIES +VER +TREE +APPLY +RESULT +WHY$")
                .containsPattern("(?m)^net: dev: document the queue length +v1 +net-next +failed +fail ")
                .containsPattern("(?m)^net: add sock_recv\\(\\) +v1 +net-next +applied +success ")
                .containsPattern("(?m)^demo: polish +v1 .*superseded");
        // Not a terminal: each step of a run is a plain line, in order, and no line is rewritten in place.
        assertThat(first.out()).doesNotContain("\r")
                .containsSubsequence("running [v1] net: add sock_recv()", "  [v1] net: add sock_recv(): fetching",
                        "  [v1] net: add sock_recv(): applying 2 patches",
                        "  [v1] net: add sock_recv(): building patch 1/2", "  [v1] net: add sock_recv(): building patch 2/2",
                        "  [v1] net: add sock_recv(): checking",
                        "  [v1] net: add sock_recv(): reporting", "finished [v1] net: add sock_recv(): done success");

        Cli again = Cli.run("run", "--once", "--json", "--config", demo.config().toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        JsonNode poll = JSON.readTree(again.out());
        assertThat(poll.get("runs")).isEmpty();
        assertThat(poll.get("problems")).isEmpty();
    }
}
