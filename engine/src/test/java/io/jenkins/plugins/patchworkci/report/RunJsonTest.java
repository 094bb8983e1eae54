package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchemaSubset schema() throws IOException {
        // Tests run in engine/; the schema is documentation at the repository root.
        return new JsonSchemaSubset(JSON.readTree(Path.of("..", "docs", "report-schema.json").toFile()));
    }

    @Test
    void finishedRunValidatesAgainstTheSchemaAndRoundTrips() throws IOException {
        Run run = SampleRuns.finished();
        String text = RunJson.write(run);

        assertThat(schema().validate(JSON.readTree(text))).isEmpty();
        assertThat(RunJson.read(text)).isEqualTo(run);
    }

    @Test
    void startedAndFailedRunsValidateToo() throws IOException {
        Run started = Run.started("r1", "", SampleRuns.finished().series(), SampleRuns.plan(), List.of("build_gcc"),
                new Timings(SampleRuns.QUEUED, null, null, List.of()));
        for (Run run : List.of(started, SampleRuns.applyFailed(), SampleRuns.hostile(), SampleRuns.needsRebase())) {
            String text = RunJson.write(run);
            assertThat(schema().validate(JSON.readTree(text))).as(run.id()).isEmpty();
            assertThat(RunJson.read(text)).isEqualTo(run);
        }
    }

    @Test
    void statesAreWrittenInPatchworkWordsAndAbsentValuesAsNull() throws IOException {
        JsonNode tree = JSON.readTree(RunJson.write(SampleRuns.applyFailed()));

        assertThat(tree.at("/seriesResults/0/state").asText()).isEqualTo("success");
        assertThat(tree.at("/apply/tier").isNull()).isTrue();
        assertThat(tree.at("/apply/failure/file").asText()).isEqualTo("net/core/dev.c");
        assertThat(tree.at("/plan/tree/kind").asText()).isEqualTo("kernel");
        assertThat(tree.at("/timings/queued").asText()).isEqualTo("2026-11-25T00:41:00Z");
    }

    @Test
    void theSchemaRejectsAMissingRequiredFieldAnUnknownFieldAndABadState() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(RunJson.write(SampleRuns.finished()));
        ((ObjectNode) tree.at("/series")).remove("version");
        ((ObjectNode) tree.at("/results/0")).put("state", "skipped");
        ((ObjectNode) tree.at("/timings")).put("total", 3);

        assertThat(schema().validate(tree)).anySatisfy(e -> assertThat(e).contains("/series: required field version"))
                .anySatisfy(e -> assertThat(e).contains("/results/0/state"))
                .anySatisfy(e -> assertThat(e).contains("/timings: field total is not in the schema"));
    }

    @Test
    void readingABadStateNamesIt() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(RunJson.write(SampleRuns.finished()));
        ((ObjectNode) tree.at("/results/0")).put("state", "skipped");

        assertThatThrownBy(() -> RunJson.read(tree.toString())).isInstanceOf(IOException.class)
                .hasMessageContaining("skipped").hasMessageContaining("pending, success, warning, fail");
    }

    @Test
    void readingIgnoresFieldsAddedByANewerWriter() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(RunJson.write(SampleRuns.finished()));
        tree.put("addedLater", true);

        assertThat(RunJson.read(tree.toString())).isEqualTo(SampleRuns.finished());
    }

    @Test
    void writesFilesAtomicallyAndReadsThemBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runs/run.json");
        RunJson.write(SampleRuns.finished(), file);

        assertThat(RunJson.read(file)).isEqualTo(SampleRuns.finished());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void seriesVerdictsApplyToEveryPatchAndPatchVerdictsWin() {
        Run run = SampleRuns.finished();

        assertThat(run.resultsFor(3)).extracting(r -> r.check() + "=" + r.state().apiName())
                .containsExactly("tree_selection=success", "build_clang=success", "build_gcc=success",
                        "checkpatch=success", "selftests=fail");
        assertThat(run.result(2, "checkpatch")).get().extracting(r -> r.state()).isEqualTo(CheckState.WARNING);
        assertThat(run.state()).isEqualTo(CheckState.FAIL);
    }

    @Test
    void runPathsCannotLeaveTheSite() {
        Run run = SampleRuns.finished();
        for (String bad : List.of("../etc", "/abs", "a/../../b", "a b", "a?x")) {
            assertThatThrownBy(() -> Run.started("r", bad, run.series(), run.plan(), List.of(), run.timings()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
