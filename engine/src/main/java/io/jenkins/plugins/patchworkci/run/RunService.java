package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.report.CheckLedger;
import io.jenkins.plugins.patchworkci.report.CheckPoster;
import io.jenkins.plugins.patchworkci.report.ClientCheckPoster;
import io.jenkins.plugins.patchworkci.report.ContextNaming;
import io.jenkins.plugins.patchworkci.report.MailLedger;
import io.jenkins.plugins.patchworkci.report.MailReporter;
import io.jenkins.plugins.patchworkci.report.MailReporting;
import io.jenkins.plugins.patchworkci.report.MailSender;
import io.jenkins.plugins.patchworkci.report.PatchworkReporter;
import io.jenkins.plugins.patchworkci.report.PatchworkReporting;
import io.jenkins.plugins.patchworkci.report.PostOutcome;
import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.ShadowCheckPoster;
import io.jenkins.plugins.patchworkci.report.ShadowMailSender;
import io.jenkins.plugins.patchworkci.report.SmtpMailSender;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything {@code pwci run} needs, made from the configuration: the sources with their cursors,
 * the mirror cache, the checks, the reporters (real, or in shadow mode written down locally and
 * posted nowhere), the ledger, and the runner that drives them.
 */
public final class RunService {

    private RunService() {}

    /** Whether checks are posted to this source: a Patchwork project, unless its report is switched off. */
    private static boolean postsChecks(RunConfig config, RunConfig.SourceConfig source) {
        return source.kind().equals("patchwork") && !Boolean.FALSE.equals(config.patchworkReport().get("enabled"));
    }

    /**
     * Where shadow mode writes the checks it would post: only when a source takes checks (a
     * Patchwork project); a mailbox or an archive has nowhere to post them.
     */
    public static Optional<Path> wouldPost(RunConfig config) {
        return config.sources().stream().anyMatch(s -> postsChecks(config, s))
                ? Optional.of(config.work().resolve("out/would-post.jsonl")) : Optional.empty();
    }

    /** Where shadow mode writes the mails it would send: only when mail reports are configured. */
    public static Optional<Path> wouldMail(RunConfig config) {
        return config.mail().map(m -> config.work().resolve("out/shadow/mail"));
    }

    /**
     * @param shadow compute and write everything locally; post and mail nothing
     * @param out where shadow-mode posts are echoed, or null
     * @param outcomes every Patchwork post outcome, for progress output
     */
    public static Runner create(RunConfig config, boolean shadow, PrintStream out, Consumer<List<PostOutcome>> outcomes,
            RunEvents events, Clock clock) throws IOException, ConfigException {
        HttpTransport http = Sources.transport();
        List<Reporter> reporters = new ArrayList<>();
        ResultsOut resultsOut = new ResultsOut();
        reporters.add(new StepReporting(events, resultsOut));
        boolean quiet = shadow || config.shadow();
        for (RunConfig.SourceConfig s : config.sources()) {
            if (!postsChecks(config, s)) {
                continue;
            }
            CheckPoster poster;
            if (quiet) {
                poster = new ShadowCheckPoster(wouldPost(config).orElseThrow(), out);
            } else {
                if (s.token().isEmpty()) {
                    throw new ConfigException(config.file() + ": posting checks to " + s.location()
                            + " needs a token (token or tokenEnv); or run with --shadow"
                            + (config.problems().isEmpty() ? "" : " (" + String.join("; ", config.problems()) + ")"));
                }
                poster = new ClientCheckPoster(new PatchworkClient(Sources.serverOf(s.location()), http,
                        ApiToken.of(s.token().get())));
            }
            URI publicUrl = URI.create(config.publicUrl().orElse("http://localhost/pwci/"));
            ContextNaming naming = config.routing().trees().size() > 1
                    && Boolean.TRUE.equals(config.patchworkReport().get("contextWithTree"))
                    ? ContextNaming.CHECK_AND_TREE : ContextNaming.CHECK;
            Object user = config.patchworkReport().get("user");
            reporters.add(new PatchworkReporting(new PatchworkReporter(poster,
                    CheckLedger.open(config.work().resolve(quiet ? "state/patchwork-checks-shadow.json" : "state/patchwork-checks.json")),
                    new PatchworkReporter.Settings(publicUrl, naming, PatchworkReporter.Settings.DEFAULT_PENDING_LIMIT,
                            user == null ? null : user.toString()), clock), outcomes));
            break; // one Patchwork project per configuration file
        }
        if (config.mail().isPresent()) {
            RunConfig.MailConfig m = config.mail().get();
            SmtpMailSender smtp = new SmtpMailSender(m.smtp());
            MailSender sender = quiet ? new ShadowMailSender(wouldMail(config).orElseThrow()) : smtp;
            reporters.add(new MailReporting(new MailReporter(m.policy(), sender, smtp.session(),
                    MailLedger.open(config.work().resolve(quiet ? "state/mail-shadow.json" : "state/mail.json")),
                    URI.create(config.publicUrl().orElse("http://localhost/pwci/")), clock), o -> { }));
        }
        SeriesRun job = new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                reporters, clock);
        return new Runner(Sources.bind(config, http, clock), job, new RunLedger(config.work().resolve("state/runs")),
                config.concurrency(), clock, events, config.retry()).watching(resultsOut);
    }
}
