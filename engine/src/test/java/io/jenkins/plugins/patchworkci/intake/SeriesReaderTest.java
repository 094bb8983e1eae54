package io.jenkins.plugins.patchworkci.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.series.Assembly;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail to series end to end on mail made by the real git format-patch: a threaded series with a
 * cover letter, a lone patch, and a v2, read from one mbox.
 */
class SeriesReaderTest {

    @TempDir
    Path tmp;

    /** git in the test's folder, as Ann Author (test-support's {@link GitRepo}). */
    private String git(String... args) {
        return GitRepo.in(tmp).run(args);
    }

    @Test
    void aMailboxBecomesSeriesWithRoutingFacts() throws Exception {
        git("init", "-q", "-b", "main");
        Files.createDirectories(tmp.resolve("net/core"));
        Files.writeString(tmp.resolve("net/core/dev.c"), "a\nb\nc\n");
        git("add", ".");
        git("commit", "-q", "-m", "base");
        Files.writeString(tmp.resolve("net/core/dev.c"), "a\nB\nc\n");
        git("commit", "-q", "-a", "-m", "net: one\n\nFixes: 0123456789ab (\"net: broke it\")\nSigned-off-by: Ann Author <ann@example.org>");
        Files.writeString(tmp.resolve("net/core/sock.c"), "new\n");
        git("add", ".");
        git("commit", "-q", "-m", "net: two\n\nSigned-off-by: Ann Author <ann@example.org>");
        String series = git("format-patch", "--stdout", "--cover-letter", "--thread=shallow",
                "--to=Net Dev <netdev@example.org>", "--cc=boss@example.org",
                "--subject-prefix=PATCH net", "--base=HEAD~2", "HEAD~2..HEAD");
        Files.writeString(tmp.resolve("net/core/sock.c"), "newer\n");
        git("commit", "-q", "-a", "-m", "net: three\n\nSigned-off-by: Ann Author <ann@example.org>");
        String lone = git("format-patch", "--stdout", "--thread", "--subject-prefix=PATCH net-next", "-v3", "HEAD~1..HEAD");
        Path mbox = tmp.resolve("all.mbox");
        Files.writeString(mbox, series + lone + "From nobody Mon Sep 17 00:00:00 2001\nSubject: broken\n\n");

        SeriesReader.Read read = SeriesReader.withDefaults().read(mbox);
        assertThat(read.messages()).hasSize(4);
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.toString()).contains("5"));

        Assembly a = SeriesReader.assemble(read.messages());
        assertThat(a.series()).hasSize(2);
        Series two = a.series().stream().filter(s -> s.total() == 2).findFirst().orElseThrow();
        assertThat(two.complete()).isTrue();
        assertThat(two.prefixWords()).contains("net");
        var input = SeriesFacts.routingInput(two);
        assertThat(input.paths()).containsExactlyInAnyOrder("net/core/dev.c", "net/core/sock.c");
        assertThat(input.fixes()).containsExactly("0123456789ab");
        assertThat(input.baseCommit()).isPresent();
        assertThat(SeriesFacts.patchesToApply(two)).hasSize(2);
        assertThat(read.recipients(two.patches().get(0).message().messageId()))
                .extracting(io.jenkins.plugins.patchworkci.mail.Address::email).containsExactly("netdev@example.org", "boss@example.org");

        Series v3 = a.series().stream().filter(s -> s.version() == 3).findFirst().orElseThrow();
        assertThat(SeriesFacts.routingInput(v3).prefixWords()).contains("net-next", "v3");
        assertThat(SeriesFacts.posted(v3).authorEmail()).isEqualTo("ann@example.org");
    }

    /**
     * git format-patch without --thread writes no Message-ID and no In-Reply-To: each message is named
     * from its content (the same on every read) and the file order threads a run of numbered patches,
     * across the files of a folder as within one mbox.
     */
    @Test
    void formatPatchOutputWithoutThreadingIsNamedAndGroupedInFileOrder() throws Exception {
        git("init", "-q", "-b", "main");
        Files.writeString(tmp.resolve("f"), "0\n");
        git("add", ".");
        git("commit", "-q", "-m", "base");
        for (int i = 1; i <= 5; i++) {
            Files.writeString(tmp.resolve("f"), i + "\n");
            git("commit", "-q", "-a", "-m", "f: step " + i);
        }
        // v1: three patches with a cover letter; then v2 of two patches, dated long after
        git("format-patch", "-q", "--no-thread", "--cover-letter", "-o", "v1", "HEAD~5..HEAD~2");
        git("format-patch", "-q", "--no-thread", "-v2", "-o", "v2", "HEAD~2..HEAD");
        String mbox = git("format-patch", "--no-thread", "--stdout", "--cover-letter", "HEAD~5..HEAD~2")
                + git("format-patch", "--no-thread", "--stdout", "-v2", "HEAD~2..HEAD");
        assertThat(mbox).doesNotContainIgnoringCase("Message-ID").doesNotContain("In-Reply-To");

        SeriesReader.Read fromMbox = SeriesReader.withDefaults().read(mbox.getBytes(StandardCharsets.UTF_8), "all.mbox");
        assertThat(fromMbox.errors()).isEmpty();
        assertThat(fromMbox.messages()).hasSize(6);
        assertGrouped(SeriesReader.assemble(fromMbox.messages()));
        assertThat(SeriesReader.withDefaults().read(mbox.getBytes(StandardCharsets.UTF_8), "again.mbox").messages())
                .extracting(m -> m.messageId())
                .as("the same content gets the same name on every read")
                .isEqualTo(fromMbox.messages().stream().map(m -> m.messageId()).toList());

        SeriesReader reader = SeriesReader.withDefaults();
        List<io.jenkins.plugins.patchworkci.mail.Message> fromFiles = new ArrayList<>();
        for (String dir : List.of("v1", "v2")) {
            try (var files = Files.list(tmp.resolve(dir))) {
                for (Path f : files.sorted().toList()) {
                    SeriesReader.Read one = reader.read(f);
                    assertThat(one.errors()).isEmpty();
                    fromFiles.addAll(one.messages());
                    // what is held for later keeps the name and the threading
                    for (var m : one.messages()) {
                        assertThat(SeriesReader.withDefaults().readOne(one.raw().get(m.messageId())).messages())
                                .singleElement().satisfies(held -> {
                                    assertThat(held.messageId()).isEqualTo(m.messageId());
                                    assertThat(held.inReplyTo()).isEqualTo(m.inReplyTo());
                                });
                    }
                }
            }
        }
        assertGrouped(SeriesReader.assemble(fromFiles));
    }

    private static void assertGrouped(Assembly a) {
        assertThat(a.series()).hasSize(2);
        Series v1 = a.series().stream().filter(s -> s.version() == 1).findFirst().orElseThrow();
        assertThat(v1.complete()).isTrue();
        assertThat(v1.coverLetter()).isPresent();
        assertThat(v1.patches()).extracting(p -> p.message().subject())
                .containsExactly("[PATCH 1/3] f: step 1", "[PATCH 2/3] f: step 2", "[PATCH 3/3] f: step 3");
        Series v2 = a.series().stream().filter(s -> s.version() == 2).findFirst().orElseThrow();
        assertThat(v2.complete()).isTrue();
        assertThat(v2.patches()).hasSize(2);
        // never mailed: no Link: trailer points at a made-up Message-ID
        assertThat(SeriesFacts.patchesToApply(v2)).allSatisfy(p -> assertThat(p.messageId()).isNull());
    }
}
