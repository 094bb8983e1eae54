package io.jenkins.plugins.patchworkci.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.SeriesCheckResult;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bpf-next series touching libbpf: its libbpf part is mapped and applied to a libbpf-like
 * repository, with the real git making every tree.
 */
class LibbpfPartTest {

    @TempDir
    Path tmp;

    /** git in {@code dir}, as Ann (test-support's {@link GitRepo}: the real git, a clean environment). */
    private String git(Path dir, String... args) {
        return GitRepo.in(dir).as("Ann", "ann@example.org").run(args);
    }

    private void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private Run runWith(String libbpfContent) throws Exception {
        Path kernel = Files.createDirectories(tmp.resolve("linux"));
        Path libbpf = Files.createDirectories(tmp.resolve("libbpf"));
        git(kernel, "init", "-q", "-b", "master");
        write(kernel, "tools/lib/bpf/libbpf.c", "int a;\nint b;\nint c;\n");
        write(kernel, "kernel/bpf/core.c", "int core;\n");
        git(kernel, "add", ".");
        git(kernel, "commit", "-q", "-m", "base");
        git(libbpf, "init", "-q", "-b", "master");
        write(libbpf, "src/libbpf.c", libbpfContent);
        git(libbpf, "add", ".");
        git(libbpf, "commit", "-q", "-m", "base");
        write(kernel, "tools/lib/bpf/libbpf.c", "int a;\nint b2;\nint c;\n");
        write(kernel, "kernel/bpf/core.c", "int core = 1;\n");
        git(kernel, "commit", "-q", "-a", "-m", "libbpf: rename b\n\nSigned-off-by: Ann <ann@example.org>");
        Path mbox = tmp.resolve("series.mbox");
        Files.writeString(mbox, git(kernel, "format-patch", "--stdout", "--thread", "--subject-prefix=PATCH bpf-next", "-1"));
        Path config = tmp.resolve("pwci.yaml");
        Files.writeString(config, """
                work: work
                routing:
                  trees:
                    - name: bpf-next
                      remote: %s
                      branch: master
                    - name: libbpf
                      remote: %s
                      branch: master
                      kind: user-space
                checks:
                  checkpatch: {enabled: false}
                  cc_maintainers: {enabled: false}
                  kdoc: {enabled: false}
                """.formatted(kernel.toUri(), libbpf.toUri()));
        RunConfig c = RunConfig.read(config, Map.of());
        SeriesReader.Read read = SeriesReader.withDefaults().read(mbox);
        Series s = SeriesReader.assemble(read.messages()).series().get(0);
        return new SeriesRun(c, new MirrorCache(c.work().resolve("mirrors")), CheckRegistry.builtIn(), List.of(),
                Clock.systemUTC()).call(s, SeriesOrigin.mail("test"), read::recipients, List.of(s));
    }

    private static SeriesCheckResult libbpf(Run run) {
        return run.seriesResults().stream().filter(r -> r.check().equals("libbpf_sync")).findFirst().orElseThrow();
    }

    @Test
    void theLibbpfPartAppliesToLibbpf() throws Exception {
        Run run = runWith("int a;\nint b;\nint c;\n");
        assertThat(run.tree()).contains("bpf-next");
        assertThat(run.plan().companions()).singleElement().satisfies(p -> assertThat(p.label()).startsWith("libbpf part"));
        assertThat(run.expectedChecks()).contains("libbpf_sync");
        assertThat(libbpf(run).state()).isEqualTo(CheckState.SUCCESS);
    }

    @Test
    void aLibbpfThatHasMovedOnIsAFailureSayingWhere() throws Exception {
        Run run = runWith("int a;\nint other;\nint c;\n");
        assertThat(libbpf(run).state()).isEqualTo(CheckState.FAIL);
        assertThat(libbpf(run).description()).contains("does not apply to libbpf").contains("src/libbpf.c");
    }
}
