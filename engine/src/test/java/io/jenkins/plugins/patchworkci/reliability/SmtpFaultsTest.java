package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
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
import io.jenkins.plugins.patchworkci.run.Runner;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.run.Sources;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report mail when the SMTP server is down or drops the connection: a clear error naming the
 * server, nothing recorded as mailed, and once the server is back the report goes out exactly
 * once (the {@link MailLedger} remembers it, across a restart of the reporter too). Wrong
 * passwords and a missing STARTTLS are covered by {@code MailReporterTest}.
 */
class SmtpFaultsTest {

    @TempDir
    Path tmp;

    /** A real finished run of a one-patch series, from the burst fixture. */
    private Run oneRun() throws Exception {
        BurstFixture f = BurstFixture.create(tmp.resolve("burst"), 1);
        RunConfig config = RunConfig.read(f.config, Map.of());
        List<Run> runs = new ArrayList<>();
        Reporter keep = new Reporter() {
            @Override
            public void started(Run run) {}

            @Override
            public void finished(Run run) {
                runs.add(run);
            }
        };
        new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                        List.of(keep), Clock.systemUTC()),
                new RunLedger(config.work().resolve("state/runs")), 1, Clock.systemUTC(), RunEvents.SILENT).once();
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private MailReporter reporter(int port, Path ledger) throws IOException {
        SmtpMailSender sender = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", port,
                SmtpMailSender.Security.NONE, "ci", "pw-" + port, null));
        return new MailReporter(new MailPolicy(MailPolicy.Mode.ALWAYS, true, null, List.of(), List.of("*"),
                new Address("CI", "ci@example.org")), sender, sender.session(), MailLedger.open(ledger),
                URI.create("https://ci.example.org/"), Clock.systemUTC());
    }

    @Test
    void aServerThatIsDownThenBackGetsTheReportExactlyOnce() throws Exception {
        Run run = oneRun();
        Path ledger = tmp.resolve("mail-ledger.json");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free once closed: nobody listens there
        }
        int down = port;
        assertThatThrownBy(() -> reporter(down, ledger).report(run)).isInstanceOf(IOException.class)
                .hasMessageContaining("127.0.0.1:" + down).hasMessageNotContaining("pw-" + down);

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("ci@example.org", "ci", "pw-" + port));
        smtp.start();
        try {
            assertThat(reporter(port, ledger).report(run).sent()).isTrue();
            // A restarted reporter (a new process) reads the ledger: no second mail.
            MailReporter.Outcome again = reporter(port, ledger).report(run);
            assertThat(again.sent()).isFalse();
            assertThat(again.detail()).contains("already mailed");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aServerThatDropsTheConnectionIsAClearErrorAndNothingIsRecorded() throws Exception {
        Run run = oneRun();
        Path ledger = tmp.resolve("mail-ledger.json");
        try (ServerSocket dropper = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try {
                    while (!dropper.isClosed()) {
                        try (Socket s = dropper.accept()) {
                            s.getOutputStream().write("220 smtp.example.org ESMTP\r\n".getBytes());
                            s.getOutputStream().flush();
                        } // then the connection drops
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "dropping-smtp");
            t.setDaemon(true);
            t.start();
            int port = dropper.getLocalPort();
            assertThatThrownBy(() -> reporter(port, ledger).report(run)).isInstanceOf(IOException.class)
                    .hasMessageContaining("127.0.0.1:" + port).hasMessageNotContaining("pw-" + port);
        }
        assertThat(MailLedger.open(ledger).mailed(run.series())).as("nothing recorded as mailed").isFalse();
    }
}
