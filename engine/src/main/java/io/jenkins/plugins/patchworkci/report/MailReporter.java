package io.jenkins.plugins.patchworkci.report;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * Mails a finished run's digest by {@link MailPolicy}: once per series version (the
 * {@link MailLedger} remembers), as a threaded reply built by {@link ReportMail}, through a
 * {@link MailSender} (SMTP, or shadow mode's .eml files).
 */
public final class MailReporter {

    /**
     * What the reporter did.
     *
     * @param sent whether a mail went out (or, in shadow mode, was written)
     * @param detail why, or why not
     */
    public record Outcome(boolean sent, String detail) {}

    private final MailPolicy policy;
    private final MailSender sender;
    private final Session session;
    private final MailLedger ledger;
    private final URI publicBaseUrl;
    private final Clock clock;

    public MailReporter(MailPolicy policy, MailSender sender, Session session,
            MailLedger ledger, URI publicBaseUrl, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.session = Objects.requireNonNull(session, "session");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome report(Run run) throws IOException {
        if (!run.finished()) {
            return new Outcome(false, "run " + run.id() + " has not finished");
        }
        if (ledger.mailed(run.series())) {
            return new Outcome(false, "v" + run.series().version() + " of " + run.series().id() + " was already mailed");
        }
        MailPolicy.Decision decision = policy.decide(run);
        if (!decision.send()) {
            return new Outcome(false, decision.reason());
        }
        String name = (run.series().id() + "-v" + run.series().version()).replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            MimeMessage mail = ReportMail.compose(session, run, decision, policy.from(), publicBaseUrl, clock.instant());
            sender.send(mail, name);
        } catch (MessagingException e) {
            throw new IOException("mailing the report of run " + run.id() + ": " + e.getMessage(), e);
        }
        ledger.record(run.series(), clock.instant());
        return new Outcome(true, decision.reason() + "; to " + decision.to() + " cc " + decision.cc());
    }
}
