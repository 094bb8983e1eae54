package io.jenkins.plugins.patchworkci.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poll's mail on mail made by the real git format-patch: one record per Message-ID (message,
 * recipients, raw bytes, origin), the series they make, and what a series reads once when it is
 * assembled (prefix words, touched paths, against what git itself names).
 */
class IntakeTest {

    @TempDir
    Path tmp;

    private String git(String... args) {
        return GitRepo.in(tmp).run(args);
    }

    /** A base and two commits: a modify, an add, a delete and a rename. */
    private void history() throws Exception {
        git("init", "-q", "-b", "main");
        Files.createDirectories(tmp.resolve("net/core"));
        Files.writeString(tmp.resolve("net/core/dev.c"), "a\nb\nc\n");
        Files.writeString(tmp.resolve("net/core/old.c"), "gone\n");
        Files.writeString(tmp.resolve("net/core/moved.c"), String.join("\n", "1", "2", "3", "4", "5", "6", "7", "8") + "\n");
        git("add", ".");
        git("commit", "-q", "-m", "base");
        Files.writeString(tmp.resolve("net/core/dev.c"), "a\nB\nc\n");
        Files.writeString(tmp.resolve("net/core/sock.c"), "new\n");
        git("add", ".");
        git("commit", "-q", "-m", "net: one\n\nSigned-off-by: Ann Author <ann@example.org>");
        git("rm", "-q", "net/core/old.c");
        Files.createDirectories(tmp.resolve("net/ipv4"));
        git("mv", "net/core/moved.c", "net/ipv4/moved.c");
        git("commit", "-q", "-m", "net: two\n\nSigned-off-by: Ann Author <ann@example.org>");
    }

    private String series() {
        return git("format-patch", "--stdout", "--cover-letter", "--thread=shallow", "-M",
                "--subject-prefix=PATCH net-next", "--to=Net Dev <netdev@example.org>", "HEAD~2..HEAD");
    }

    /** What git names for the two commits, old and new of a rename, in order: the oracle. */
    private Set<String> gitPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (String commit : List.of("HEAD~1", "HEAD")) {
            for (String field : git("diff", "--numstat", "-z", "-M", commit + "~1", commit).split("\0")) {
                String path = field.substring(field.lastIndexOf('\t') + 1);
                if (!path.isEmpty()) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    @Test
    void aSeriesCarriesItsPrefixWordsAndTheTouchedPathsGitNames() throws Exception {
        history();
        Intake intake = new Intake();
        intake.add(SeriesReader.withDefaults().read(series().getBytes(StandardCharsets.UTF_8), "s.mbox"),
                SeriesOrigin.mail("s.mbox"));

        Series s = intake.series().stream().filter(Series::complete).findFirst().orElseThrow();
        assertThat(s.coverLetter()).isPresent();
        assertThat(s.prefixWords()).contains("PATCH", "net-next").doesNotContain("1/2");
        assertThat(s.touchedPaths()).containsExactlyElementsOf(gitPaths())
                .containsExactly("net/core/dev.c", "net/core/sock.c", "net/core/old.c", "net/core/moved.c",
                        "net/ipv4/moved.c");
    }

    @Test
    void aTraditionalMultiFileDiffTouchesEveryFileGitApplyNames() throws Exception {
        // diff -ruN of two folders: a change, a removal, an addition (both with the epoch date), and a
        // context line reading "-- x" that must not start a file
        for (String side : List.of("a", "b")) {
            Files.createDirectories(tmp.resolve(side + "/net/core"));
            Files.createDirectories(tmp.resolve(side + "/drivers"));
        }
        Files.writeString(tmp.resolve("a/drivers/d.c"), "-- x\ny\n");
        Files.writeString(tmp.resolve("b/drivers/d.c"), "-- x\nz\n");
        Files.writeString(tmp.resolve("a/net/core/dev.c"), "a\nb\nc\n");
        Files.writeString(tmp.resolve("b/net/core/dev.c"), "a\nB\nc\n");
        Files.writeString(tmp.resolve("a/net/core/old.c"), "gone\n");
        Files.writeString(tmp.resolve("b/net/core/sock.c"), "new\n");
        Process diff = new ProcessBuilder("diff", "-ruN", "a", "b").directory(tmp.toFile()).start();
        byte[] traditional = diff.getInputStream().readAllBytes();
        assertThat(diff.waitFor()).as("diff: the folders differ").isEqualTo(1);
        assertThat(new String(traditional, StandardCharsets.UTF_8)).doesNotContain("diff --git");
        Files.write(tmp.resolve("p.diff"), traditional);

        Set<String> gitPaths = new LinkedHashSet<>();
        for (String field : git("apply", "--numstat", "-z", "p.diff").split("\0")) {
            String path = field.substring(field.lastIndexOf('\t') + 1);
            if (!path.isEmpty()) {
                gitPaths.add(path);
            }
        }
        assertThat(gitPaths).hasSize(4);

        String mail = "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
                + "From: Ann Author <ann@example.org>\n"
                + "To: Net Dev <netdev@example.org>\n"
                + "Subject: [PATCH net] net: a diff -u patch\n"
                + "Message-ID: <traditional@example.org>\n"
                + "Date: Mon, 1 Jan 2024 00:00:00 +0000\n"
                + "\n"
                + "Made with diff, not git.\n\n"
                + "Signed-off-by: Ann Author <ann@example.org>\n"
                + "---\n"
                + new String(traditional, StandardCharsets.UTF_8);
        Intake intake = new Intake();
        intake.add(SeriesReader.withDefaults().read(mail.getBytes(StandardCharsets.UTF_8), "t.mbox"),
                SeriesOrigin.mail("t.mbox"));

        Series s = intake.series().stream().filter(Series::complete).findFirst().orElseThrow();
        assertThat(s.touchedPaths()).containsExactlyElementsOf(gitPaths);
    }

    @Test
    void eachMessageKeepsItsRecipientsRawBytesAndOriginAndALaterDeliveryReplacesIt() throws Exception {
        history();
        String mbox = series();
        byte[] first = mbox.getBytes(StandardCharsets.UTF_8);
        // the same messages delivered again, now copied to one more address
        byte[] again = mbox.replace("To: Net Dev <netdev@example.org>\n", "To: Net Dev <netdev@example.org>\nCc: boss@example.org\n")
                .getBytes(StandardCharsets.UTF_8);
        SeriesReader.Read held = SeriesReader.withDefaults().read(first, "held");
        SeriesReader.Read delivered = SeriesReader.withDefaults().read(again, "poll");
        SeriesOrigin heldOrigin = SeriesOrigin.mail("held");
        SeriesOrigin patchwork = new SeriesOrigin("patchwork", Optional.of("netdev"), Optional.of(7L), Optional.empty(),
                Map.of(), Map.of(), Optional.of("https://lore.kernel.org/netdev/"));

        Intake intake = new Intake();
        intake.add(held, heldOrigin);
        Series s = intake.series().get(0);
        String patch = s.patches().get(0).message().messageId();
        assertThat(intake.origin(s)).isEqualTo(heldOrigin);
        assertThat(intake.recipients(patch)).extracting(Address::email).containsExactly("netdev@example.org");
        assertThat(intake.raw(patch)).contains(held.raw().get(patch));

        intake.add(delivered, patchwork);
        assertThat(intake.series()).singleElement().satisfies(again2 -> assertThat(again2.id()).isEqualTo(s.id()));
        assertThat(intake.origin(intake.series().get(0))).isEqualTo(patchwork);
        assertThat(intake.recipients(patch)).extracting(Address::email).containsExactly("netdev@example.org", "boss@example.org");
        assertThat(intake.raw(patch)).contains(delivered.raw().get(patch));

        assertThat(intake.recipients("nobody@example.org")).isEmpty();
        assertThat(intake.raw("nobody@example.org")).isEmpty();
    }
}
