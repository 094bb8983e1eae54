package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.report.HeaderText;
import io.jenkins.plugins.patchworkci.report.HtmlEscaper;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-in corpus of hostile mail and patches ({@code src/test/resources/hostile/}), each
 * with its expected outcome in {@code hostile/index.tsv}: a mail is {@code parsed} or an
 * {@code error:} naming the reason; a patch (or several, applied as one series) is
 * {@code applied} or {@code refused:} with the reason. Whatever the outcome, a parsed subject
 * comes out as one line that HTML-escapes and header-encodes safely, and an applied series never
 * commits a path that escapes the tree. The large inputs (bombs) are generated in
 * {@link GeneratedBombsTest}.
 */
class HostileCorpusTest {

    /** Its {@code link} points out of the tree, at {@code /etc}: a patch writing through it must be refused. */
    @RegisterExtension
    static final ApplyTarget target = new ApplyTarget("/etc");

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : read("index.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("hostile/index.tsv: not 'files<TAB>kind<TAB>expected': " + line);
            }
            out.add(Arguments.of(f[0], f[1], f[2]));
        }
        return out.stream();
    }

    static String read(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IOException("no test resource hostile/" + name);
            }
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @MethodSource("corpus")
    void eachInputHasItsExpectedOutcome(String files, String kind, String expected) throws Exception {
        String actual = switch (kind) {
            case "mail" -> mailOutcome(files);
            case "patch" -> patchOutcome(files);
            default -> throw new IllegalStateException("unknown kind " + kind);
        };
        if (expected.endsWith(":")) {
            assertThat(actual).startsWith(expected);
        } else if (expected.contains(":")) {
            assertThat(actual).as(files).startsWith(expected.substring(0, expected.indexOf(':') + 1))
                    .contains(expected.substring(expected.indexOf(':') + 1).strip());
        } else {
            assertThat(actual).as(files).isEqualTo(expected);
        }
    }

    @Test
    void everyFileInTheCorpusIsInTheIndex() throws Exception {
        Path root = Path.of(HostileCorpusTest.class.getResource("/hostile/index.tsv").toURI()).getParent();
        List<String> indexed = corpus().flatMap(a -> Stream.of(((String) a.get()[0]).split(","))).toList();
        try (Stream<Path> all = Files.walk(root)) {
            List<String> files = all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> !p.equals("index.tsv")).toList();
            assertThat(indexed).containsAll(files);
        }
    }

    static String mailOutcome(String file) throws IOException {
        SeriesReader.Read read = SeriesReader.withDefaults().read(bytes(file), file);
        if (!read.errors().isEmpty()) {
            assertThat(read.messages()).isEmpty();
            assertThat(read.errors().get(0).toString()).as("an error names the message").contains(file);
            return "error: " + read.errors().get(0).reason();
        }
        assertThat(read.messages()).hasSize(1);
        Message m = read.messages().get(0);
        for (String text : List.of(m.subject(), m.from().name())) {
            String header = HeaderText.encode(text);
            assertThat(header).as("a header value made from mail is one line").doesNotContain("\r", "\n", "\0");
            assertThat(HtmlEscaper.escape(text)).doesNotContain("<", ">", "\"");
        }
        assertThat(m.messageId()).doesNotContain("\n", "\r");
        return "parsed";
    }

    static String patchOutcome(String files) throws IOException {
        List<PatchToApply> patches = new ArrayList<>();
        for (String f : files.split(",")) {
            patches.add(PatchToApply.of(new MailInfo("Mallory", "m@example.org", "evil " + f,
                    "Wed, 25 Nov 2026 02:18:25 +0100", "", bytes(f))));
        }
        AppliedSeries r = target.apply(patches, true);
        if (r.applied()) {
            target.assertSafeTree(r.head());
            return "applied";
        }
        assertThat(r.commits()).as("a refused series commits nothing of the hostile patch").allSatisfy(c ->
                assertThat(c.subject()).doesNotStartWith("evil " + files.split(",")[files.split(",").length - 1]));
        return "refused: " + r.failure().orElseThrow().reason();
    }
}
