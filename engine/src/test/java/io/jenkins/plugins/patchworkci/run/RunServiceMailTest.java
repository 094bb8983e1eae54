package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --once} on the demo with mail reports on, against a real SMTP server: one digest per
 * series version, threaded under the series, with the password taken from the environment and
 * written nowhere; and in shadow mode, nothing sent but the .eml files written.
 */
class RunServiceMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP}))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@ci.example.org", "bot", "pw-5ecr3t-smtp"))
            .withPerMethodLifecycle(true);

    @TempDir
    Path tmp;

    private RunConfig configWithMail(DemoWorkspace demo) throws Exception {
        String yaml = Files.readString(demo.config()).replace("reports:\n  shadow: true\n", """
                reports:
                  publicUrl: https://ci.example.org/pwci/
                  mail:
                    policy: always
                    allow: ['*']
                    list: netdev@demo.example.org
                    from: patchwork-ci <bot@ci.example.org>
                    smtp:
                      host: 127.0.0.1
                      port: %d
                      security: none
                      username: bot
                      passwordEnv: PWCI_SMTP_PASSWORD
                """.formatted(SMTP.getSmtp().getPort()));
        Files.writeString(demo.config(), yaml);
        return RunConfig.read(demo.config(), Map.of("PWCI_SMTP_PASSWORD", "pw-5ecr3t-smtp"));
    }

    @Test
    void eachSeriesVersionGetsOneThreadedReport() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        RunConfig config = configWithMail(demo);
        Runner runner = RunService.create(config, false, null, o -> { }, RunEvents.SILENT, Clock.systemUTC());
        Runner.Summary s = runner.once();
        assertThat(s.problems()).isEmpty();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        long done = s.runs().stream().filter(r -> r.status() == RunStatus.DONE).count();
        assertThat(done).isEqualTo(8);
        // Each message is delivered to every recipient's mailbox: count distinct Message-IDs.
        assertThat(Stream.of(mails).map(this::messageId).distinct().count()).isEqualTo(done);
        for (MimeMessage m : mails) {
            assertThat(m.getHeader("In-Reply-To")).isNotNull();
            assertThat(m.getHeader("X-Patchwork-Hint", null)).isEqualTo("ignore");
            assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            assertThat(m.getSubject()).startsWith("Re: ");
        }
        // A second poll finds nothing new and mails nobody again.
        assertThat(RunService.create(config, false, null, o -> { }, RunEvents.SILENT, Clock.systemUTC()).once().runs()).isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSameSizeAs(mails);
        // The password is in no file the run wrote.
        try (Stream<Path> files = Files.walk(config.work())) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/mirrors/")).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("pw-5ecr3t-smtp");
            }
        }
    }

    @Test
    void shadowModeSendsNothingAndWritesTheMail() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        RunConfig config = configWithMail(demo);
        RunService.create(config, true, null, o -> { }, RunEvents.SILENT, Clock.systemUTC()).once();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        try (Stream<Path> eml = Files.list(config.work().resolve("out/shadow/mail"))) {
            List<Path> files = eml.toList();
            assertThat(files).hasSize(8);
            assertThat(Files.readString(files.get(0))).contains("X-Patchwork-Hint: ignore");
        }
    }

    @Test
    void aRunWhoseReportingBrokeIsDoneAndNeverRetried() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        int down;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = probe.getLocalPort(); // free once closed: nobody listens there
        }
        Files.writeString(demo.config(), Files.readString(demo.config()).replace("reports:\n  shadow: true\n", """
                reports:
                  mail:
                    policy: always
                    allow: ['*']
                    from: patchwork-ci <bot@ci.example.org>
                    smtp: {host: 127.0.0.1, port: %d, security: none}
                """.formatted(down)));
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        Runner.Summary s = RunService.create(config, false, null, o -> { }, RunEvents.SILENT, Clock.systemUTC()).once();
        // The mail goes out after the results were written and the other reporters told: run again,
        // they would hear it twice. So each is DONE, and the mail's failure a problem naming it.
        List<RunRecord> reported = s.runs().stream().filter(r -> r.outcome().startsWith("reported, but")).toList();
        assertThat(reported).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.DONE);
            assertThat(r.retrying()).isFalse();
            assertThat(r.outcome()).contains("127.0.0.1:" + down);
        });
        assertThat(s.runs()).noneMatch(r -> r.status() == RunStatus.ERROR);
        assertThat(s.problems()).anySatisfy(p -> assertThat(p).contains("reporting failed").contains("127.0.0.1:" + down));
        Clock later = Clock.offset(Clock.systemUTC(), java.time.Duration.ofHours(3));
        assertThat(RunService.create(config, false, null, o -> { }, RunEvents.SILENT, later).once().runs())
                .as("nothing is run again").isEmpty();
    }

    private String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
