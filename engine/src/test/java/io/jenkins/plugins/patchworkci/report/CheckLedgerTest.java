package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckLedgerTest {

    private static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

    @TempDir
    Path dir;

    private static CheckPost post(String context, CheckState state, String description) {
        return new CheckPost(context, state, description, "https://ci.example.org/r/1/");
    }

    @Test
    void appendsOneLinePerPostAndTheLastLineWinsAfterReopening() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        CheckLedger ledger = CheckLedger.open(file);
        ledger.record(10, post("build", CheckState.PENDING, "queued"), T0);
        ledger.record(10, post("build", CheckState.PENDING, "running"), T0.plusSeconds(60));
        ledger.record(10, post("build", CheckState.SUCCESS, "ok"), T0.plusSeconds(120));
        ledger.record(9, post("build", CheckState.PENDING, "queued"), T0.plusSeconds(60));

        assertThat(Files.readAllLines(file)).hasSize(4);
        CheckLedger reopened = CheckLedger.open(file, Duration.ofDays(60), T0.plusSeconds(180));

        assertThat(reopened.get(10, "build").posted().description()).isEqualTo("ok");
        assertThat(reopened.get(10, "build").since()).isEqualTo(T0.plusSeconds(120));
        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(reopened.knows(9)).isTrue();
        assertThat(reopened.knows(1)).isFalse();
        assertThat(reopened.knows(90)).isFalse();
    }

    @Test
    void aStateKeepsItsSinceWhenOnlyTheDescriptionChanges() throws IOException {
        CheckLedger ledger = CheckLedger.open(dir.resolve("l"));
        ledger.record(10, post("build", CheckState.PENDING, "queued"), T0);
        ledger.record(10, post("build", CheckState.PENDING, "running"), T0.plusSeconds(600));

        assertThat(ledger.get(10, "build").since()).isEqualTo(T0);
    }

    @Test
    void compactionDropsOldFinalStatesButKeepsPendingOnes() throws IOException {
        Path file = dir.resolve("l");
        CheckLedger ledger = CheckLedger.open(file);
        ledger.record(1, post("build", CheckState.SUCCESS, "ok"), T0);
        ledger.record(2, post("build", CheckState.PENDING, "queued"), T0);
        ledger.record(3, post("build", CheckState.FAIL, "bad"), T0.plus(Duration.ofDays(50)));

        CheckLedger later = CheckLedger.open(file, Duration.ofDays(30), T0.plus(Duration.ofDays(60)));

        assertThat(later.entries()).extracting(CheckLedger.Entry::patchId).containsExactly(2L, 3L);
    }

    @Test
    void aLastLineCutShortByACrashIsIgnoredButACorruptMiddleIsAnError() throws IOException {
        Path file = dir.resolve("l");
        CheckLedger.open(file).record(1, post("build", CheckState.SUCCESS, "ok"), T0);
        Files.writeString(file, "{\"patchId\":2,\"posted\":{\"con", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(CheckLedger.open(file).entries()).hasSize(1);

        Files.writeString(file, "garbage\n{}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> CheckLedger.open(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2").hasMessageContaining("move the file aside");
    }

    /** An intent is the last word for its key until confirmed, also after reopening: only Patchwork can tell. */
    @Test
    void aBegunPostIsUnsureUntilConfirmedOrForgottenAcrossReopening() throws IOException {
        Path file = dir.resolve("l");
        CheckLedger ledger = CheckLedger.open(file);
        ledger.record(10, post("build", CheckState.PENDING, "queued"), T0);
        ledger.begin(10, post("build", CheckState.SUCCESS, "ok"), T0.plusSeconds(60));
        ledger.begin(11, post("build", CheckState.PENDING, "queued"), T0.plusSeconds(60));

        CheckLedger reopened = CheckLedger.open(file, Duration.ofDays(60), T0.plusSeconds(120));
        assertThat(reopened.unsure(10)).isTrue();
        assertThat(reopened.get(10, "build").intent()).isTrue();
        assertThat(reopened.unsure(11)).isTrue();
        assertThat(reopened.unsure(9)).isFalse();

        reopened.record(10, post("build", CheckState.SUCCESS, "ok"), T0.plusSeconds(180));
        reopened.forget(11, "build");
        CheckLedger again = CheckLedger.open(file, Duration.ofDays(60), T0.plusSeconds(240));
        assertThat(again.unsure(10)).isFalse();
        assertThat(again.get(10, "build").since()).as("the state stood since the intent").isEqualTo(T0.plusSeconds(60));
        assertThat(again.get(11, "build")).isNull();
        assertThat(again.knows(11)).isFalse();
        // Lines from before intents existed carry no intent field and read as confirmed.
        assertThat(Files.readString(file)).doesNotContain("\"intent\":false");
    }

    @Test
    void aRefusedPostPutsBackWhatStoodBefore() throws IOException {
        CheckLedger ledger = CheckLedger.open(dir.resolve("l"));
        ledger.record(10, post("build", CheckState.PENDING, "queued"), T0);
        CheckLedger.Entry before = ledger.get(10, "build");
        ledger.begin(10, post("build", CheckState.SUCCESS, "ok"), T0.plusSeconds(60));
        ledger.restore(10, "build", before);
        ledger.begin(10, post("lint", CheckState.SUCCESS, "ok"), T0.plusSeconds(60));
        ledger.restore(10, "lint", null);

        CheckLedger reopened = CheckLedger.open(dir.resolve("l"));
        assertThat(reopened.get(10, "build")).isEqualTo(before);
        assertThat(reopened.get(10, "lint")).isNull();
        assertThat(reopened.unsure(10)).isFalse();
    }
}
