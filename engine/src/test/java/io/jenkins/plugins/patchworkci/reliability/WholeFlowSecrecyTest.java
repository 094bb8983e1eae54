package io.jenkins.plugins.patchworkci.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.report.MailLedger;
import io.jenkins.plugins.patchworkci.report.MailPolicy;
import io.jenkins.plugins.patchworkci.report.MailReporter;
import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.SmtpMailSender;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunLedger;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import io.jenkins.plugins.patchworkci.run.Runner;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.run.Sources;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's day of mail, plus a hostile series, through the whole service: a Patchwork source
 * whose token comes from {@code tokenEnv} (its server a stub that fails with an error page
 * echoing the token back), report mail through a real SMTP server that needs a password, and a
 * build step that prints its environment. Then every output is searched for the token and the
 * password: stdout and stderr, every log record, every event and problem, every file under the
 * work directory (reports, ledgers, cursors, logs), every mail sent, and the build's environment.
 * The hostile series' subject (shell, HTML, CR/LF with a Bcc) runs nothing, renders escaped and
 * adds no recipient.
 */
class WholeFlowSecrecyTest {

    static final String TOKEN = "7oken5ecret0123456789abcdef0123456789abcd";
    static final String PASSWORD = "pa55-Secret-for-smtp";

    @TempDir
    Path tmp;

    static final String HOSTILE = """
            From mallory Mon Sep 17 00:00:00 2001
            From: "$(touch PWNED)" <mallory@example.org>
            Date: Mon, 02 Nov 2026 12:00:00 +0000
            Subject: =?UTF-8?Q?[PATCH_net-next]_net:_$(touch_PWNED);_`touch_PWNED`_<script>alert(1)</script>=0D=0ABcc:_victim@example.org?=
            Message-ID: <hostile-1@example.org>
            To: netdev@vger.kernel.org

            Add a file; the subject is the attack.

            Signed-off-by: Mallory <mallory@example.org>
            ---
             net/core/hostile.c | 1 +
             1 file changed, 1 insertion(+)

            diff --git a/net/core/hostile.c b/net/core/hostile.c
            new file mode 100644
            index 0000000..1111111
            --- /dev/null
            +++ b/net/core/hostile.c
            @@ -0,0 +1 @@
            +/* $(touch PWNED) */
            """;

    @Test
    void noSecretReachesAnyOutputAndHostileSubjectsStayText() throws Exception {
        StubbedPatchwork pw = new StubbedPatchwork();
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort()).withConfiguration(
                GreenMailConfiguration.aConfig().withUser("ci@example.org", "ci", PASSWORD));
        smtp.start();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                logged.add(format.format(r));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        Level oldLevel = root.getLevel();
        try {
            // A server that refuses every call with a page quoting the request's token (a debug page or proxy would).
            pw.stub(any(anyUrl()).willReturn(aResponse().withStatus(403)
                    .withBody("{\"detail\": \"Invalid token: " + TOKEN + "\"}")));
            pw.stub(get(urlPathEqualTo("/api/1.3/")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(
                            "{\"projects\": \"" + pw.origin() + "/api/1.3/projects/\", \"series\": \"" + pw.origin() + "/api/1.3/series/\", \"events\": \""
                                    + pw.origin() + "/api/1.3/events/\"}")));

            DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
            Files.writeString(demo.root().resolve("mail/hostile.mbox"), HOSTILE);
            String yaml = Files.readString(demo.config())
                    .replace("sources:\n", "sources:\n  - patchwork: " + pw.origin() + "/\n    project: netdevbpf\n"
                            + "    tokenEnv: PWCI_TEST_TOKEN\n  - mbox: mail/hostile.mbox\n")
                    .replace("  perPatch:\n", "  perPatch:\n    - [env]\n");
            Files.writeString(demo.config(), yaml);
            RunConfig config = RunConfig.read(demo.config(), Map.of("PWCI_TEST_TOKEN", TOKEN));
            assertThat(config.sources().get(0).token()).contains(TOKEN);

            root.addHandler(capture);
            root.setLevel(Level.ALL);
            Logger.getLogger("io.jenkins.plugins.patchworkci").setLevel(Level.ALL);
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));

            SmtpMailSender sender = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1",
                    smtp.getSmtp().getPort(), SmtpMailSender.Security.NONE, "ci", PASSWORD, null));
            MailReporter mail = new MailReporter(new MailPolicy(MailPolicy.Mode.ALWAYS, true, null, List.of(),
                    List.of("*"), new Address("CI", "ci@example.org")), sender, sender.session(),
                    MailLedger.open(config.work().resolve("state/mail-ledger.json")), URI.create("https://ci.example.org/"),
                    Clock.systemUTC());
            List<String> reporterErrors = new ArrayList<>();
            Reporter mailing = new Reporter() {
                @Override
                public void started(Run run) {}

                @Override
                public void finished(Run run) throws IOException {
                    try {
                        mail.report(run);
                    } catch (IOException e) {
                        reporterErrors.add(trace(e));
                        throw e;
                    }
                }
            };
            StringBuilder events = new StringBuilder();
            RunEvents recorder = new RunEvents() {
                @Override
                public synchronized void problem(String where, String reason) {
                    events.append("problem ").append(where).append(": ").append(reason).append('\n');
                }

                @Override
                public synchronized void finished(String series, RunRecord record) {
                    events.append("finished ").append(series).append(": ").append(record).append('\n');
                }
            };
            RunLedger ledger = new RunLedger(config.work().resolve("state/runs"));
            Runner runner = new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                    new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                            List.of(mailing), Clock.systemUTC()), ledger, 2, Clock.systemUTC(), recorder);
            Runner.Summary summary;
            try {
                summary = runner.once();
            } catch (RuntimeException | Error e) {
                events.append(trace(e));
                throw e;
            }
            System.setOut(oldOut);
            System.setErr(oldErr);

            // The flow really ran: the token was sent to (only) the Patchwork stub, mail went out, the build ran env.
            assertThat(pw.server.getAllServeEvents()).isNotEmpty().allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization"))
                    .isEqualTo("Token " + TOKEN));
            assertThat(summary.problems()).as("the failing Patchwork source is reported").anyMatch(p -> p.contains("403") || p.contains("Invalid token"));
            List<RunRecord> runs = ledger.all();
            assertThat(runs).as("%s", runs).anyMatch(r -> r.seriesId().equals("hostile-1@example.org")
                    && r.status() == RunStatus.DONE);
            MimeMessage[] sent = smtp.getReceivedMessages();
            assertThat(sent).isNotEmpty();
            List<Path> envLogs;
            try (Stream<Path> files = Files.walk(config.work())) {
                envLogs = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".log")).filter(f -> {
                    try {
                        return Files.readString(f, StandardCharsets.ISO_8859_1).contains("TMPDIR=");
                    } catch (IOException e) {
                        return false;
                    }
                }).toList();
            }
            assertThat(envLogs).as("the build step printed its environment").isNotEmpty();
            for (Path log : envLogs) {
                List<String> names = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                        .filter(l -> l.matches("[A-Za-z_][A-Za-z0-9_]*=.*")).map(l -> l.substring(0, l.indexOf('='))).toList();
                assertThat(names).as("the build's environment is built from scratch").isSubsetOf(
                        "PATH", "HOME", "TMPDIR", "LANG", "PWD", "SHLVL", "_", "OLDPWD");
            }

            // Nothing anywhere carries a secret.
            List<String> outputs = new ArrayList<>();
            outputs.add("console: " + console.toString(StandardCharsets.UTF_8));
            outputs.add("log: " + String.join("\n", logged));
            outputs.add("events: " + events);
            outputs.add("problems: " + summary.problems());
            outputs.add("reporter errors: " + reporterErrors);
            outputs.add("runs: " + runs);
            outputs.add("config: " + config.sources());
            for (MimeMessage m : sent) {
                outputs.add("mail: " + GreenMailUtil.getWholeMessage(m));
            }
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(demo.config())).toList()) {
                    outputs.add(f + ": " + new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                }
            }
            assertThat(outputs).hasSizeGreaterThan(20).allSatisfy(text -> assertThat(text)
                    .doesNotContain(TOKEN).doesNotContain(TOKEN.substring(0, 16))
                    .doesNotContain(PASSWORD));

            // The hostile subject: nothing ran, the HTML is escaped, no recipient was added.
            try (Stream<Path> files = Files.walk(tmp)) {
                assertThat(files.filter(f -> f.getFileName().toString().equals("PWNED")).toList()).isEmpty();
            }
            assertThat(Path.of("PWNED")).doesNotExist();
            try (Stream<Path> files = Files.walk(config.work())) {
                for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    assertThat(Files.readString(html)).doesNotContain("<script>alert(1)");
                }
            }
            for (MimeMessage m : sent) {
                assertThat(String.join(",", List.of(m.getAllRecipients()).stream().map(Object::toString).toList()))
                        .doesNotContain("victim");
                assertThat(m.getHeader("Bcc")).isNull();
                assertThat(m.getSubject()).doesNotContain("\r", "\n");
            }
            assertThat(smtp.getReceivedMessagesForDomain("example.org")).isNotEmpty();
            assertThat(List.of(smtp.getReceivedMessages()).stream().flatMap(m -> {
                try {
                    return Stream.of(m.getAllRecipients());
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Object::toString)).noneMatch(a -> a.contains("victim"));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(capture);
            root.setLevel(oldLevel);
            smtp.stop();
            pw.close();
        }
    }

    static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
