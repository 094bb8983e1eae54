package io.jenkins.plugins.patchworkci.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.check.results.SuiteRun;
import io.jenkins.plugins.patchworkci.check.results.TestOutcome;
import io.jenkins.plugins.patchworkci.report.LogLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSuitesTest {

    @TempDir
    Path tmp;

    @Test
    void aSuiteRunsOnTheBaseAndOnTheSeries() throws Exception {
        Path tree = tmp.resolve("tree");
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("main").call()) {
            Files.writeString(tree.resolve("run.sh"), "echo 'TAP version 13'; echo '1..2'; echo 'ok 1 queue'; echo 'ok 2 rx'\n");
            git.add().addFilepattern(".").call();
            RevCommit base = git.commit().setMessage("base").setAuthor("A", "a@example.org").call();
            Files.writeString(tree.resolve("run.sh"), "echo 'TAP version 13'; echo '1..2'; echo 'ok 1 queue'; echo 'not ok 2 rx'\n");
            git.add().addFilepattern(".").call();
            RevCommit head = git.commit().setMessage("series").setAuthor("A", "a@example.org").call();

            CommandRunner runner = CommandRunnerTest.runner(Sandbox.NONE, Duration.ofSeconds(30), Map.of(), tmp);
            List<LogLink> logs = new ArrayList<>();
            Path out = Files.createDirectories(tmp.resolve("out"));
            List<SuiteRun> runs = new TestSuites(runner).run(
                    List.of(new TestSuite("selftests", List.of("sh", "run.sh"), "ktap", Optional.empty(), true)),
                    tree, base, head, out.resolve("logs"), out, logs);
            SuiteRun r = runs.get(0);
            assertThat(r.base()).isPresent();
            assertThat(r.base().get().get("rx").map(c -> c.outcome())).contains(TestOutcome.PASS);
            assertThat(r.series().get("rx").map(c -> c.outcome())).contains(TestOutcome.FAIL);
            assertThat(logs).extracting(LogLink::name).containsExactly("selftests (base)", "selftests");
            assertThat(Files.readString(tree.resolve("run.sh"))).contains("not ok 2 rx"); // left at the series head
        }
    }

    /**
     * A test that fails once and then passes (its state kept in a file, as a real flaky test's
     * would be in the world around it) is rerun by the suite's rerunner and found flaky: a warning,
     * not a regression; a test failing every time stays a regression, and with no reruns allowed
     * the flaky test fails the series.
     */
    @Test
    void aTestThatFailsThenPassesOnItsRerunIsFlakyNotARegression() throws Exception {
        Path tree = tmp.resolve("flaky");
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("main").call()) {
            Files.writeString(tree.resolve("run.sh"), """
                    echo 'TAP version 13'; echo '1..3'; echo 'ok 1 queue'
                    if [ -f .tried ]; then echo 'ok 2 rx'; else touch .tried; echo 'not ok 2 rx'; fi
                    echo 'not ok 3 tx'
                    """);
            Files.writeString(tree.resolve(".gitignore"), ".tried\n");
            git.add().addFilepattern(".").call();
            RevCommit head = git.commit().setMessage("series").setAuthor("A", "a@example.org").call();
            CommandRunner runner = CommandRunnerTest.runner(Sandbox.NONE, Duration.ofSeconds(30), Map.of(), tmp);
            Path out = Files.createDirectories(tmp.resolve("out-flaky"));

            List<LogLink> logs = new ArrayList<>();
            SuiteRun r = new TestSuites(runner).run(
                    List.of(new TestSuite("selftests", List.of("sh", "run.sh"), "ktap", Optional.empty(), false, 1)),
                    tree, head, head, out.resolve("logs"), out, logs).get(0);
            assertThat(r.rerunner()).isPresent();
            io.jenkins.plugins.patchworkci.check.SuiteVerdict v =
                    new io.jenkins.plugins.patchworkci.check.RegressionAnalysis(r.series()).rerunner(r.rerunner())
                            .retries(3).call();
            assertThat(v.flaky()).containsExactly("rx (passed on retry 1)");
            assertThat(v.regressions()).singleElement().asString().startsWith("tx");
            assertThat(v.state()).isEqualTo(io.jenkins.plugins.patchworkci.check.CheckState.FAIL);
            // One rerun allowed: the suite ran twice in all, however many tests failed or retries were asked.
            assertThat(logs).extracting(LogLink::name).containsExactly("selftests", "selftests (rerun 1)");

            Files.delete(tree.resolve(".tried"));
            SuiteRun once = new TestSuites(runner).run(
                    List.of(new TestSuite("selftests", List.of("sh", "run.sh"), "ktap", Optional.empty(), false, 0)),
                    tree, head, head, out.resolve("logs0"), out, new ArrayList<>()).get(0);
            assertThat(once.rerunner()).isEmpty();
            assertThat(new io.jenkins.plugins.patchworkci.check.RegressionAnalysis(once.series())
                    .rerunner(once.rerunner()).retries(3).call().regressions()).hasSize(2);
        }
    }

    @Test
    void aJunitReportMustStayInsideTheWorkTree() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("t"));
        Files.writeString(tmp.resolve("secret.xml"), "<testsuite/>");
        Files.createSymbolicLink(tree.resolve("report.xml"), tmp.resolve("secret.xml"));
        assertThatThrownBy(() -> TestSuites.readReport(tree, "report.xml")).hasMessageContaining("not a file inside");
        assertThatThrownBy(() -> TestSuites.readReport(tree, "../secret.xml")).hasMessageContaining("not a file inside");
        Files.writeString(tree.resolve("ok.xml"), "<testsuite/>");
        assertThat(TestSuites.readReport(tree, "ok.xml")).isNotEmpty();
    }
}
