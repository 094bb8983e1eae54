package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Composes a report mail: a reply in the series' thread (to the cover letter, or the first patch
 * when there is none), with {@code In-Reply-To} and {@code References}, the hint headers that
 * keep it out of Patchwork ({@code X-Patchwork-Hint: ignore}) and mark it as a robot's
 * ({@code Auto-Submitted: auto-generated}), and the {@link MailDigest} body. Every value from mail
 * passes through {@link HeaderText}; a Message-ID that is not one is left out of the thread
 * headers rather than copied.
 */
public final class ReportMail {

    private ReportMail() {}

    public static MimeMessage compose(Session session, Run run, MailPolicy.Decision decision,
            Address from, URI publicBaseUrl, Instant now) throws MessagingException {
        ReportedMessage root = run.series().threadRoot();
        String rootId = HeaderText.messageId(root.messageId());
        if (rootId == null) {
            throw new MessagingException("cannot reply in thread to series " + run.series().id()
                    + ": its Message-ID is not usable: " + HeaderText.oneLine(root.messageId()));
        }
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // Keep the Message-ID set below: Jakarta Mail would replace it on save.
            }
        };
        mail.setFrom(address(from.email(), from.name()));
        for (String to : decision.to()) {
            mail.addRecipient(RecipientType.TO, address(to, run.series().author().sameEmail(to) ? run.series().author().name() : ""));
        }
        for (String cc : decision.cc()) {
            mail.addRecipient(RecipientType.CC, address(cc, ""));
        }
        mail.setHeader("Subject", MimeUtility.fold(9, HeaderText.encode(replySubject(root.subject()))));
        mail.setSentDate(Date.from(now));
        mail.setHeader("Message-ID", "<pwci." + run.id() + "." + UUID.randomUUID() + "@" + domain(from.email()) + ">");
        mail.setHeader("In-Reply-To", "<" + rootId + ">");
        List<String> refs = new ArrayList<>();
        for (String r : root.references()) {
            String id = HeaderText.messageId(r);
            if (id != null && !id.equals(rootId)) {
                refs.add("<" + id + ">");
            }
        }
        refs.add("<" + rootId + ">");
        mail.setHeader("References", MimeUtility.fold(12, String.join(" ", refs)));
        mail.setHeader("X-Patchwork-Hint", "ignore");
        mail.setHeader("Auto-Submitted", "auto-generated");
        mail.setHeader("X-Mailer", "patchwork-ci");
        mail.setText(MailDigest.body(run, publicBaseUrl), "UTF-8", "plain");
        mail.saveChanges();
        return mail;
    }

    /** {@code Re: } and the subject, once: a subject that already starts with it keeps one. */
    static String replySubject(String subject) {
        String line = HeaderText.oneLine(subject);
        return line.toLowerCase(Locale.ROOT).startsWith("re:") ? line : "Re: " + line;
    }

    /** An address for a header: the address checked strictly, the name reduced to one line and encoded by Jakarta Mail. */
    static InternetAddress address(String email, String name) throws MessagingException {
        if (email.chars().anyMatch(c -> c <= 0x20 || c >= 0x7F)) {
            throw new AddressException("not a mail address (blank, control or non-ASCII character): "
                    + HeaderText.oneLine(email));
        }
        InternetAddress checked = new InternetAddress(email, true);
        checked.validate();
        try {
            String personal = HeaderText.oneLine(name);
            return personal.isEmpty() ? checked : new InternetAddress(checked.getAddress(), personal, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "localhost" : email.substring(at + 1);
    }
}
