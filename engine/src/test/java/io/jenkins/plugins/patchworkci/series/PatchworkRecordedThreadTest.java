package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread recorded from a real Patchwork 3.1 server (see {@code patchwork/README.md} in the test
 * resources): our series agrees with Patchwork's on grouping, version and name; Patchwork applies
 * every trailer of a reply whatever its sender, which is what we give with mismatched trailers
 * included, while by default (as b4) we leave out the one the sender did not give.
 */
class PatchworkRecordedThreadTest {

    @TempDir
    Path tmp;

    RealGitMail git;
    Series series;
    Mail recordedPatch10;

    @BeforeEach
    void thread() throws IOException {
        git = new RealGitMail(tmp);
        List<Mail> mails = new ArrayList<>();
        mails.add(fromJson(json("cover-3.json")));
        for (Mail m : Mail.splitMboxrd(resource("series-6.mbox"))) {
            // Patchwork appended the trailers it collected from replies; the posted patch had none.
            mails.add(m.withBody(m.body().replace("Reviewed-by: Rev Iewer <reviewer@example.com>\n", "")
                    .replace("Acked-by: Another One <ack@example.com>\n", "")));
        }
        mails.add(fromJson(json("patch-10-comments.json").get(0)));
        recordedPatch10 = Mail.splitMboxrd(resource("patch-10.mbox")).get(0);
        Assembly a = new SeriesAssembler(git).assemble(git.read(mails));
        assertThat(a.series()).hasSize(1);
        series = a.series().get(0);
    }

    @Test
    void seriesMatchesPatchworksSeries() throws IOException {
        JsonNode pwSeries = json("cover-3.json").get("series").get(0);
        assertThat(series.id().messageId()).isEqualTo("cover.1795567226.git.jane@example.org");
        assertThat(series.subject()).isEqualTo(pwSeries.get("name").asText());
        assertThat(series.version()).isEqualTo(pwSeries.get("version").asInt());
        assertThat(series.complete()).isTrue();
        assertThat(series.total()).isEqualTo(3);
        assertThat(series.patches()).extracting(p -> p.prefix().treeTag().orElse("")).containsOnly("net-next");
        assertThat(series.metadata().baseCommit()).contains("52af4371ee7d2035b334bd1c59bf489d3e8d552c");
        assertThat(series.replies()).singleElement().satisfies(r ->
                assertThat(r.countsFor()).isEqualTo("542e11b73c4e0fed9ef1c689fd240a14f8827a8a.1795567226.git.jane@example.org"));
    }

    @Test
    void patchworksCollectedTrailersAreOursWithMismatchesIncluded() {
        Patch patch2 = series.patch(2).orElseThrow();
        MailInfo pw = git.read(recordedPatch10).info();
        String patchworks = pw.subject() + "\n\n" + pw.message();
        assertThat(new AmReadyMessage().setIncludeMismatched(true).commitMessage(series, patch2)).isEqualTo(patchworks);
        // by default, as b4: the Acked-by written by someone else is left out, and noted
        assertThat(new AmReadyMessage().commitMessage(series, patch2))
                .isEqualTo(patchworks.replace("Acked-by: Another One <ack@example.com>\n", ""));
        assertThat(series.notes()).extracting(Note::kind, Note::messageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Note.Kind.TRAILER_SENDER_MISMATCH, "review-1@example.com"));
    }

    private static Mail fromJson(JsonNode node) {
        StringBuilder text = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            text.append(h.getKey()).append(": ").append(h.getValue().asText().replaceFirst("^\n", "")).append('\n');
        }
        text.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n");
        text.append(node.get("content").asText()).append('\n');
        return new Mail(text.toString());
    }

    private static JsonNode json(String name) throws IOException {
        return new ObjectMapper().readTree(resource(name));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PatchworkRecordedThreadTest.class.getResourceAsStream("patchwork/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource patchwork/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
