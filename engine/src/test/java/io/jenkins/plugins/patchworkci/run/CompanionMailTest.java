package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.route.Companion;
import io.jenkins.plugins.patchworkci.route.CompanionFinder;
import io.jenkins.plugins.patchworkci.route.PostedSeries;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Companions found in real mail, made by {@code git format-patch} as a developer sends it: one author
 * posts a net fix, then a net-next series, then its iproute2-next side in reply to the net-next cover
 * letter ({@code --in-reply-to}). The iproute2 series is the net-next series' companion, by its thread,
 * and not the fix's, though the fix has the same author and was posted nearer.
 */
class CompanionMailTest {

    @TempDir
    Path tmp;

    private static final String AUTHOR = "Erin Fixer <erin@example.org>";
    private static final String KNOB_COVER = "knob-cover@example.org";

    @Test
    void aUserSpaceSeriesInTheKernelSeriesThreadIsItsCompanionAndNotTheOtherSeriesOfItsAuthor() throws Exception {
        Path kernel = repo("kernel", "net/core/dev.c", "int a;\n");
        Path ip = repo("iproute2", "ip/ip.c", "int main;\n");
        StringBuilder mbox = new StringBuilder();
        // 10:00 the fix, 10:20 the net-next series, 10:30 the iproute2 side in its thread
        mbox.append(series(kernel, "net/core/dev.c", "int a = 1;\n", "net: dev: fix a", "2026-11-02T10:00:00Z",
                "PATCH net", "fix@example.org", null, false));
        mbox.append(series(kernel, "net/core/dev.c", "int a = 2;\n", "net: dev: let a be set", "2026-11-02T10:20:00Z",
                "PATCH net-next", "knob@example.org", null, true));
        mbox.append(series(ip, "ip/ip.c", "int main = 2;\n", "ip: set a", "2026-11-02T10:30:00Z",
                "PATCH iproute2-next", "ip@example.org", KNOB_COVER, false));
        Path file = tmp.resolve("mail.mbox");
        Files.writeString(file, mbox.toString());

        SeriesReader.Read read = SeriesReader.withDefaults().read(file);
        List<Series> all = SeriesReader.assemble(read.messages()).series();
        assertThat(all).extracting(Series::subject).containsExactlyInAnyOrder("net: dev: fix a", "knob", "ip: set a");
        List<PostedSeries> posted = all.stream().map(SeriesFacts::posted).toList();
        CompanionFinder finder = new CompanionFinder(RoutingConfig.preset("netdevbpf"));

        List<Companion> ofFix = finder.find(SeriesFacts.posted(subject(all, "net: dev: fix a")), posted);
        List<Companion> ofKnob = finder.find(SeriesFacts.posted(subject(all, "knob")), posted);

        assertThat(ofFix).as("same author and 30 min apart, but the iproute2 series is the other one's").isEmpty();
        assertThat(ofKnob).singleElement().satisfies(c -> {
            assertThat(c.series().id()).isEqualTo("ip@example.org");
            assertThat(c.tree().name()).isEqualTo("iproute2-next");
            assertThat(c.reason()).isEqualTo("posted in one thread with the kernel series");
        });
    }

    @Test
    void aSupersededVersionClaimsNoCompanion() throws Exception {
        // The demo's day, with its iproute2 series sent by Dave (whose "demo: polish" has a v1 at 13:10 and a v2
        // at 13:40) at 13:05, saying it goes with the net-next series: nearer v1, but v1 is superseded by v2.
        io.jenkins.plugins.patchworkci.demo.DemoWorkspace demo =
                io.jenkins.plugins.patchworkci.demo.DemoWorkspace.create(tmp.resolve("demo"));
        String mbox = Files.readString(demo.mailbox(), StandardCharsets.UTF_8);
        int ip = mbox.lastIndexOf("\nFrom ", mbox.indexOf("Subject: [PATCH iproute2-next]")) + 1;
        String moved = mbox.substring(ip).replaceFirst("(?m)^From: .*$", "From: Dave Versions <dave@demo.example.org>")
                .replaceFirst("(?m)^Date: .*$", "Date: Mon, 2 Nov 2026 13:05:00 +0000");
        assertThat(moved).contains("the net-next series");
        Files.writeString(demo.mailbox(), mbox.substring(0, ip) + moved);
        RunConfig config = RunConfig.read(demo.config(), java.util.Map.of());
        java.time.Clock clock = java.time.Clock.systemUTC();
        SeriesRun job = new SeriesRun(config, new io.jenkins.plugins.patchworkci.apply.MirrorCache(config.work().resolve("mirrors")),
                io.jenkins.plugins.patchworkci.check.CheckRegistry.builtIn(), List.of(), clock);
        new Runner(Sources.bind(config, Sources.transport(), clock), job, new RunLedger(config.work().resolve("state/runs")), 1,
                clock, RunEvents.SILENT).once();

        List<Series> all = SeriesReader.assemble(SeriesReader.withDefaults().read(demo.mailbox()).messages()).series();
        Series v2 = all.stream().filter(x -> x.subject().equals("demo: polish") && x.version() == 2).findFirst().orElseThrow();
        io.jenkins.plugins.patchworkci.report.Run run =
                io.jenkins.plugins.patchworkci.report.RunJson.read(job.reportDir(v2).resolve("run.json"));
        assertThat(run.plan().companions()).extracting(io.jenkins.plugins.patchworkci.route.Plan::label)
                .singleElement().asString().startsWith("ip: show that the queue length is settable (it names net-next; same author, posted ");
    }

    private static Series subject(List<Series> all, String subject) {
        return all.stream().filter(s -> s.subject().equals(subject)).findFirst().orElseThrow();
    }

    private Path repo(String name, String file, String text) throws Exception {
        Path r = Files.createDirectories(tmp.resolve(name));
        git(r, null, "init", "-q", "-b", "main");
        Files.createDirectories(r.resolve(file).getParent());
        Files.writeString(r.resolve(file), text);
        git(r, null, "add", ".");
        git(r, "2026-11-01T00:00:00Z", "commit", "-q", "-m", "base");
        return r;
    }

    /** One commit on a branch off main, mailed with {@code git format-patch}, Message-IDs made fixed. */
    private String series(Path repo, String file, String text, String subject, String date, String prefix, String id,
            String inReplyTo, boolean cover) throws Exception {
        git(repo, null, "checkout", "-q", "-B", "topic", "main");
        Files.writeString(repo.resolve(file), text);
        git(repo, date, "commit", "-q", "-a", "-m", subject + "\n\nSigned-off-by: " + AUTHOR);
        List<String> args = new ArrayList<>(List.of("format-patch", "-q", "--stdout", "--thread=shallow",
                "--subject-prefix=" + prefix, "--base=main"));
        if (cover) {
            args.add("--cover-letter");
        }
        if (inReplyTo != null) {
            args.add("--in-reply-to=<" + inReplyTo + ">");
        }
        args.add("main..topic");
        String mail = git(repo, date, args.toArray(String[]::new));
        // fixed Message-IDs: the cover letter's is KNOB_COVER, the patch's is id
        mail = mail.replaceAll("<cover\\.[^<>\\s]+>", "<" + KNOB_COVER + ">")
                .replaceAll("<[0-9a-f]{40}\\.[^<>\\s]+>", "<" + id + ">")
                .replace("*** SUBJECT HERE ***", "knob").replace("*** BLURB HERE ***", "Let a be set.");
        return mail;
    }

    /** git in {@code dir}, as Erin Fixer, dated {@code date} when given (test-support's {@link GitRepo}). */
    private static String git(Path dir, String date, String... args) {
        return GitRepo.in(dir).as("Erin Fixer", "erin@example.org")
                .run(date == null ? Map.of() : Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), args);
    }
}
