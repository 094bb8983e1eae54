package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shadow mode: the whole report is computed and written, nothing leaves the machine. */
class ShadowModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);

    private ReportPublisher shadow(PrintStream out) throws Exception {
        PatchworkReporter.Settings settings = new PatchworkReporter.Settings(URI.create("https://ci.example.org/pwci/"),
                ContextNaming.CHECK, Duration.ofHours(6), null);
        MailPolicy policy = new MailPolicy(MailPolicy.Mode.ALWAYS, true, "netdev@vger.kernel.org", List.of(),
                List.of("*"), new Address("patchwork-ci", "bot@ci.example.org"));
        return ReportPublisher.shadow(site, settings, policy, out, clock);
    }

    @Test
    void writesWhatItWouldPostAndMailAndTheReportFiles() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ReportPublisher publisher = shadow(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Run run = SampleRuns.finished();

        publisher.started(run);
        ReportPublisher.Published done = publisher.finished(run);

        List<String> lines = Files.readAllLines(site.resolve("shadow/would-post.jsonl"));
        assertThat(lines).hasSize(30);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("state").asText()).isEqualTo("pending");
        assertThat(first.get("patch").asLong()).isEqualTo(9);
        assertThat(lines.subList(15, 30)).allSatisfy(l -> assertThat(JSON.readTree(l).get("state").asText())
                .isNotEqualTo("pending"));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(30).allMatch(l -> l.startsWith("would post: "));

        assertThat(done.mail().sent()).isTrue();
        Path eml = site.resolve("shadow/mail/netdevbpf_6-v2.eml");
        MimeMessage mail;
        try (InputStream in = Files.newInputStream(eml)) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<" + run.series().cover().messageId() + ">");
        assertThat(mail.getHeader("X-Patchwork-Hint", null)).isEqualTo("ignore");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");

        Path dir = site.resolve("runs/netdevbpf/6/1");
        assertThat(RunJson.read(dir.resolve("run.json"))).isEqualTo(run);
        assertThat(Files.readString(dir.resolve("index.html"))).isEqualTo(HtmlReport.page(run));
        assertThat(Files.readString(dir.resolve("matrix.html"))).isEqualTo(CheckMatrix.fragment(run));
        assertThat(done.page()).isEqualTo(dir.resolve("index.html").toAbsolutePath());
    }

    @Test
    void aShadowKeepsItsOwnLedgersSoGoingLiveStillSpeaks() throws Exception {
        ReportPublisher publisher = shadow(null);
        publisher.finished(SampleRuns.finished());

        assertThat(site.resolve("shadow/patchwork-ledger.jsonl")).exists();
        assertThat(site.resolve("shadow/mail-ledger.json")).exists();
        assertThat(site.resolve("patchwork-ledger.jsonl")).doesNotExist();
        assertThat(site.resolve("mail-ledger.json")).doesNotExist();
        // A second shadow finish writes nothing new: the shadow ledgers dedupe as the live ones do.
        long before = Files.size(site.resolve("shadow/would-post.jsonl"));
        assertThat(shadow(null).finished(SampleRuns.finished()).mail().sent()).isFalse();
        assertThat(Files.size(site.resolve("shadow/would-post.jsonl"))).isEqualTo(before);
    }
}
