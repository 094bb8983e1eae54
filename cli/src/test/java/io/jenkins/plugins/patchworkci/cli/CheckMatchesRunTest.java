package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.RunJson;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwci check} and {@code pwci run} take one path (the engine's series job): for the same
 * series on the same tree, one through the service's mirrors and one through a developer's clone,
 * they give the same check results, word for word. Only the build commands' checks are the run's
 * alone ({@code pwci check} builds nothing).
 */
class CheckMatchesRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What pwci run's build commands report, which pwci check does not run. */
    private static final Set<String> BUILDS = Set.of("build", "build_series");

    @TempDir
    Path tmp;

    @Test
    void pwciCheckGivesWhatPwciRunGaveForEveryKernelSeriesOfTheDemo() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        Path kernel = tmp.resolve("kernel");
        GitRepo.in(tmp).run("clone", "-q", demo.netNextRepository().toString(), kernel.toString());
        GitRepo.in(kernel).run("remote", "add", "net", demo.netRepository().toString());
        GitRepo.in(kernel).run("fetch", "-q", "net");
        Cli run = Cli.run("run", "--once", "--config", demo.config().toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.FAILED); // the demo has failing series

        int compared = 0;
        for (Run r : reports(demo.root())) {
            if (!r.plan().tree().map(Tree::name).map(n -> n.equals("net") || n.equals("net-next")).orElse(false)) {
                continue; // the clone holds the kernel trees only
            }
            Cli check = Cli.run("check", demo.mailbox().toString(), "--id", r.series().id(), "--repo", kernel.toString(),
                    "--config", demo.config().toString(), "--json");
            List<String> fromCheck = new ArrayList<>();
            for (JsonNode row : JSON.readTree(check.out())) {
                fromCheck.add(row.get("check").asText() + " " + row.get("patch").asInt() + " " + row.get("state").asText()
                        + " " + row.get("description").asText());
            }
            List<String> fromRun = r.results().stream().filter(c -> !BUILDS.contains(c.check()))
                    .map(CheckMatchesRunTest::line).toList();
            assertThat(fromCheck).as(r.series().title() + "\n" + check).containsExactlyInAnyOrderElementsOf(fromRun);
            compared++;
        }
        assertThat(compared).as("kernel series the demo ran").isGreaterThanOrEqualTo(4);
    }

    private static String line(CheckResult c) {
        return c.check() + " " + c.patch() + " " + c.state().apiName() + " " + c.description();
    }

    private static List<Run> reports(Path root) throws Exception {
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("run.json")).toList()) {
                runs.add(RunJson.read(Files.readString(p)));
            }
        }
        return runs;
    }
}
