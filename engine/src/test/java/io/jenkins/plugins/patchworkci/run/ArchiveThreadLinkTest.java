package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.RunJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's "Archive thread" link points only at an archive the mail came from or one the
 * configuration names: mail read from a local maildir that was never on a public archive gets no
 * link (it used to get {@code https://lore.kernel.org/r/<msgid>}, a page that does not exist).
 */
class ArchiveThreadLinkTest {

    @TempDir
    Path tmp;

    /** Runs the demo's first series, read from a maildir, with {@code sourceExtra} added to its source. */
    private Run runFromMaildir(String sourceExtra) throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        String mbox = Files.readString(demo.mailbox(), StandardCharsets.UTF_8);
        String[] parts = mbox.split("(?m)^(?=From [0-9a-f]{40} )");
        Path maildir = tmp.resolve("Maildir");
        for (String d : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(d));
        }
        for (int i = 0; i < 3; i++) { // the cover letter and its two patches, each a maildir file without the From line
            Files.writeString(maildir.resolve("cur/" + (1000 + i) + ".demo:2,S"), parts[i].substring(parts[i].indexOf('\n') + 1));
        }
        Files.writeString(demo.config(), Files.readString(demo.config())
                .replace("  - mbox: mail/netdev.mbox", "  - maildir: " + maildir + sourceExtra));
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        Clock clock = Clock.systemUTC();
        Runner runner = new Runner(Sources.bind(config, Sources.transport(), clock),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(), List.of(), clock),
                new RunLedger(config.work().resolve("state/runs")), 1, clock, RunEvents.SILENT);
        assertThat(runner.once().runs()).singleElement().satisfies(r -> assertThat(r.subject()).isEqualTo("net: add sock_recv()"));
        try (Stream<Path> s = Files.walk(config.work().resolve("out"))) {
            Path json = s.filter(p -> p.getFileName().toString().equals("run.json")).findFirst().orElseThrow();
            assertThat(Files.readString(json.resolveSibling("index.html")).contains("Archive thread"))
                    .isEqualTo(RunJson.read(json).series().links().archive() != null);
            return RunJson.read(json);
        }
    }

    @Test
    void mailFromAMaildirLinksToNoArchive() throws Exception {
        Run run = runFromMaildir("");

        assertThat(run.series().links().archive()).isNull();
    }

    @Test
    void mailFromAMaildirLinksToTheArchiveTheConfigurationNames() throws Exception {
        Run run = runFromMaildir("\n    archiveUrl: https://lists.example.org/netdev");

        // the list the configuration names, then the cover letter's Message-ID (its stamp is the demo's clock)
        assertThat(run.series().links().archive())
                .matches("https://lists\\.example\\.org/netdev/cover\\.\\d+\\.s1\\.git\\.alice@demo\\.example\\.org/");
    }

    @Test
    void anArchiveSourceIsItsOwnArchiveAndABadArchiveUrlIsAConfigError() throws Exception {
        Path file = tmp.resolve("pwci.yaml");
        Files.writeString(file, """
                sources:
                  - archive: https://lore.kernel.org/netdev
                  - mbox: mail.mbox
                  - maildir: Maildir
                    archiveUrl: https://lore.kernel.org/all/
                """);
        assertThat(RunConfig.read(file, Map.of()).sources()).extracting(RunConfig.SourceConfig::archiveUrl).containsExactly(
                java.util.Optional.of("https://lore.kernel.org/netdev/"), java.util.Optional.empty(),
                java.util.Optional.of("https://lore.kernel.org/all/"));

        Files.writeString(file, """
                sources:
                  - mbox: mail.mbox
                    archiveUrl: file:///srv/mail
                """);
        assertThatThrownBy(() -> RunConfig.read(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources[1]: archiveUrl:").hasMessageContaining("file:///srv/mail");
    }

    @Test
    void mailKeptForARetryKeepsItsArchive() throws Exception {
        RetryMail kept = new RetryMail(tmp.resolve("retry"));
        kept.keep("a@example.org", 1, List.of("Subject: a\n\nbody\n".getBytes(StandardCharsets.UTF_8)),
                SeriesOrigin.mail("maildir x").withArchive(java.util.Optional.of("https://lists.example.org/netdev/")));
        kept.keep("b@example.org", 1, List.of("Subject: b\n\nbody\n".getBytes(StandardCharsets.UTF_8)),
                SeriesOrigin.mail("maildir x"));

        assertThat(kept.all(new java.util.ArrayList<>())).extracting(k -> k.origin().archiveThread("m@example.org"))
                .containsExactlyInAnyOrder(java.util.Optional.of("https://lists.example.org/netdev/m@example.org/"),
                        java.util.Optional.empty());
    }
}
