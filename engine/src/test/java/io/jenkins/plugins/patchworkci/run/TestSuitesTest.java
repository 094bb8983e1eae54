package io.jenkins.plugins.patchworkci.run;

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

            CommandRunner runner = new CommandRunner(Sandbox.NONE, Duration.ofSeconds(30), Map.of(), false);
            List<LogLink> logs = new ArrayList<>();
            Path out = Files.createDirectories(tmp.resolve("out"));
            List<SuiteRun> runs = new TestSuites(runner).run(
                    List.of(new RunConfig.TestSuite("selftests", List.of("sh", "run.sh"), "ktap", Optional.empty(), true)),
                    tree, base, head, out.resolve("logs"), out, logs);
            SuiteRun r = runs.get(0);
            assertThat(r.base()).isPresent();
            assertThat(r.base().get().get("rx").map(c -> c.outcome())).contains(TestOutcome.PASS);
            assertThat(r.series().get("rx").map(c -> c.outcome())).contains(TestOutcome.FAIL);
            assertThat(logs).extracting(LogLink::name).containsExactly("selftests (base)", "selftests");
            assertThat(Files.readString(tree.resolve("run.sh"))).contains("not ok 2 rx"); // left at the series head
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
