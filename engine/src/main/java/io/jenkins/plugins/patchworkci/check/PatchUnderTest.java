package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One patch as the checks see it: what its mail said and, once applied, its commit.
 *
 * @param number the patch's number in the series, 1..N
 * @param subject the subject without the {@code [PATCH ...]} prefix
 * @param authorName the author's name (in-body {@code From:} wins, as in git)
 * @param authorEmail the author's address
 * @param message the commit message body after the subject (trailers included)
 * @param trailers the trailers of the commit message, in order
 * @param diff the diff bytes as {@code git mailinfo} extracted them
 * @param recipients every address the mail was sent to or from (To, Cc, From, Sender)
 * @param commit the commit the apply step made for this patch, if it applied
 */
public record PatchUnderTest(
        int number,
        String subject,
        String authorName,
        String authorEmail,
        String message,
        List<Trailer> trailers,
        byte[] diff,
        List<String> recipients,
        Optional<String> commit) {

    public PatchUnderTest {
        if (number < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + number);
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(message, "message");
        trailers = List.copyOf(trailers);
        diff = diff.clone();
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(commit, "commit");
    }

    /**
     * Builds the record from the mail model: the integrator passes the To/Cc addresses (the mail
     * record keeps only the sender) and the commit the apply step made.
     */
    public static PatchUnderTest of(int number, Patch patch, List<Address> toAndCc, Optional<String> commit) {
        List<String> recipients = new ArrayList<>();
        toAndCc.forEach(a -> recipients.add(a.email()));
        recipients.add(patch.message().from().email());
        return new PatchUnderTest(number, patch.info().subject(), patch.info().author(), patch.info().email(),
                patch.info().message(), patch.trailers(), patch.info().patch(), recipients, commit);
    }

    @Override
    public byte[] diff() {
        return diff.clone();
    }

    /** The diff as text; bytes that are not UTF-8 become replacement characters. */
    public String diffText() {
        return new String(diff, StandardCharsets.UTF_8);
    }

    /** The diff, parsed into files. */
    public Diff parsedDiff() {
        return Diff.parse(diffText());
    }

    /** The trailers with this token (case-insensitive), in order. */
    public List<Trailer> trailers(String token) {
        return trailers.stream().filter(t -> t.is(token)).toList();
    }

    /** The patch as a mail file ({@code git format-patch} shape), for tools that read one. */
    public String asMail() {
        StringBuilder b = new StringBuilder();
        b.append("From: ").append(authorName).append(" <").append(authorEmail).append(">\n");
        b.append("Subject: [PATCH] ").append(subject.replaceAll("[\\r\\n]+", " ")).append("\n\n");
        b.append(message);
        if (!message.endsWith("\n")) {
            b.append('\n');
        }
        b.append("---\n");
        b.append(diffText());
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchUnderTest p && number == p.number && subject.equals(p.subject)
                && authorName.equals(p.authorName) && authorEmail.equals(p.authorEmail)
                && message.equals(p.message) && trailers.equals(p.trailers)
                && java.util.Arrays.equals(diff, p.diff) && recipients.equals(p.recipients)
                && commit.equals(p.commit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, subject, authorEmail, commit) * 31 + java.util.Arrays.hashCode(diff);
    }

    @Override
    public String toString() {
        return "patch " + number + " \"" + subject + "\"";
    }
}
