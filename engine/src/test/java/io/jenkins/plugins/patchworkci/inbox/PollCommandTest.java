package io.jenkins.plugins.patchworkci.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load, poll, handle, save: the order that loses nothing, over a patch directory and a cursor file. */
class PollCommandTest {

    @TempDir
    Path dir;

    private Path patches;
    private Path cursorFile;

    private void write(String name, String subject) throws IOException {
        Files.writeString(patches.resolve(name), "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
                + "From: Jane Dev <jane@example.org>\nSubject: " + subject + "\n\nbody\n");
    }

    /** The handler stands in for mail+series: it returns the subject line, and refuses a "bad" one. */
    private static List<String> subjectOf(Arrival a) throws IOException {
        String text = new String(a.mail(), StandardCharsets.UTF_8);
        String subject = text.lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow().substring(9);
        if (subject.contains("bad")) {
            throw new IOException("no diff in " + a.key());
        }
        return List.of(subject);
    }

    @Test
    void startsThenDeliversOnceAndReportsWhatItCannotUse() throws Exception {
        patches = Files.createDirectories(dir.resolve("patches"));
        cursorFile = dir.resolve("state").resolve("cursor.json");
        write("0001-old.patch", "[PATCH] old");
        DirectorySource source = new DirectorySource(patches, DirectorySource.Layout.PATCHES);
        PollCommand<FileSetCursor, String> poll = new PollCommand<>(source, new FileCursorStore(cursorFile),
                PollCommandTest::subjectOf);

        assertThat(poll.call().started()).isTrue();
        assertThat(cursorFile).exists();

        write("0002-a.patch", "[PATCH 1/2] a");
        write("0003-bad.patch", "[PATCH 2/2] bad");
        write("0004-b.patch", "[PATCH] b");
        PollOutcome<String> two = poll.call();
        assertThat(two.results()).containsExactly("[PATCH 1/2] a", "[PATCH] b");
        assertThat(two.failures()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("0003-bad.patch");
            assertThat(f.reason()).contains("no diff in 0003-bad.patch");
        });

        assertThat(poll.call().arrivals()).isZero();
    }

    @Test
    void aCrashBeforeTheSaveDeliversTheSameArrivalsAgain() throws Exception {
        patches = Files.createDirectories(dir.resolve("patches"));
        cursorFile = dir.resolve("cursor.json");
        DirectorySource source = new DirectorySource(patches, DirectorySource.Layout.PATCHES);
        FileCursorStore good = new FileCursorStore(cursorFile);
        new PollCommand<>(source, good, PollCommandTest::subjectOf).call();
        String before = Files.readString(cursorFile);
        write("0001-a.patch", "[PATCH] a");

        CursorStore failingSave = new CursorStore() {
            @Override
            public String load() throws IOException {
                return good.load();
            }

            @Override
            public void save(String json) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> new PollCommand<>(source, failingSave, PollCommandTest::subjectOf).call())
                .hasMessageContaining("disk full");
        assertThat(Files.readString(cursorFile)).isEqualTo(before);

        assertThat(new PollCommand<>(source, good, PollCommandTest::subjectOf).call().results())
                .containsExactly("[PATCH] a");
    }

    @Test
    void aCorruptCursorIsAnErrorNotAFreshStart() throws Exception {
        patches = Files.createDirectories(dir.resolve("patches"));
        cursorFile = dir.resolve("cursor.json");
        Files.writeString(cursorFile, "{\"delivered\":{},\"extra\":1}");
        DirectorySource source = new DirectorySource(patches, DirectorySource.Layout.PATCHES);

        assertThatThrownBy(() -> new PollCommand<>(source, new FileCursorStore(cursorFile), PollCommandTest::subjectOf)
                .call()).isInstanceOf(IOException.class).hasMessageContaining("FileSetCursor");
    }
}
