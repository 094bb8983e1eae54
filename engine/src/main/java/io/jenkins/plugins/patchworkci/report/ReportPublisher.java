package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Everything that happens to a run's report, in one place: the JSON, the HTML page and the
 * embeddable matrix are written under the site directory ({@code runs/<run path>/run.json},
 * {@code index.html}, {@code matrix.html}), then Patchwork and mail are told. In <em>shadow
 * mode</em> the same is computed and written, but Patchwork posts go to
 * {@code shadow/would-post.jsonl} and mails to {@code shadow/mail/*.eml}, with ledgers of their
 * own, so a site can watch the robot before it speaks on the list, then go live without it
 * thinking it already spoke.
 */
public final class ReportPublisher {

    /**
     * What finishing a run did.
     *
     * @param posts what happened to each Patchwork check
     * @param mail what happened to the mail
     * @param page the HTML page written
     */
    public record Published(@NonNull List<PostOutcome> posts, @NonNull MailReporter.Outcome mail, @NonNull Path page) {}

    private final Path site;
    private final PatchworkReporter patchwork;
    private final MailReporter mail;
    private final boolean shadow;

    private ReportPublisher(Path site, PatchworkReporter patchwork, MailReporter mail, boolean shadow) {
        this.site = site;
        this.patchwork = patchwork;
        this.mail = mail;
        this.shadow = shadow;
    }

    /** Posts to Patchwork through {@code poster} and mails through {@code smtp}. */
    public static ReportPublisher live(@NonNull Path site, @NonNull CheckPoster poster,
            @NonNull PatchworkReporter.Settings settings, @NonNull MailPolicy policy, @NonNull SmtpMailSender smtp,
            @NonNull Clock clock) throws IOException {
        return new ReportPublisher(site,
                new PatchworkReporter(poster, CheckLedger.open(site.resolve("patchwork-ledger.jsonl")), settings, clock),
                new MailReporter(policy, smtp, smtp.session(), MailLedger.open(site.resolve("mail-ledger.json")),
                        settings.publicBaseUrl(), clock),
                false);
    }

    /** Writes what would be posted and mailed under {@code site/shadow/}; prints posts to {@code out} when given. */
    public static ReportPublisher shadow(@NonNull Path site, @NonNull PatchworkReporter.Settings settings,
            @NonNull MailPolicy policy, @CheckForNull PrintStream out, @NonNull Clock clock) throws IOException {
        Path dir = site.resolve("shadow");
        ShadowMailSender eml = new ShadowMailSender(dir.resolve("mail"));
        return new ReportPublisher(site,
                new PatchworkReporter(new ShadowCheckPoster(dir.resolve("would-post.jsonl"), out),
                        CheckLedger.open(dir.resolve("patchwork-ledger.jsonl")), settings, clock),
                new MailReporter(policy, eml, Session.getInstance(new Properties()),
                        MailLedger.open(dir.resolve("mail-ledger.json")), settings.publicBaseUrl(), clock),
                true);
    }

    public boolean isShadow() {
        return shadow;
    }

    /** Writes the report as it stands and posts pending for every expected check. */
    public List<PostOutcome> started(@NonNull Run run) throws IOException, InterruptedException {
        write(run);
        return patchwork.started(run);
    }

    /** Writes the final report, posts the final states and mails the digest if the policy says so. */
    public Published finished(@NonNull Run run) throws IOException, InterruptedException {
        Path page = write(run);
        List<PostOutcome> posts = patchwork.finished(run);
        MailReporter.Outcome mailed;
        try {
            mailed = mail.report(run);
        } catch (IOException e) {
            // The checks are posted and the page is written: a mail server that is down must not undo that.
            mailed = new MailReporter.Outcome(false, "mail failed: " + e.getMessage());
        }
        return new Published(posts, mailed, page);
    }

    /** Fails checks left pending too long (call it periodically). */
    public List<PostOutcome> expire() throws InterruptedException {
        return patchwork.expire();
    }

    /** The directory of a run's files. */
    public Path directory(Run run) {
        Path root = site.resolve("runs").toAbsolutePath().normalize();
        Path dir = root.resolve(run.path()).normalize();
        if (!dir.startsWith(root)) {
            throw new IllegalArgumentException("run path leaves the site: " + run.path());
        }
        return dir;
    }

    private Path write(Run run) throws IOException {
        Path dir = directory(run);
        RunJson.write(run, dir.resolve("run.json"));
        AtomicFile.write(dir.resolve("matrix.html"), CheckMatrix.fragment(run).getBytes(StandardCharsets.UTF_8));
        Path page = dir.resolve("index.html");
        HtmlReport.write(run, page);
        return page;
    }

    @Override
    public String toString() {
        return (shadow ? "shadow" : "live") + " reports in " + site;
    }
}
