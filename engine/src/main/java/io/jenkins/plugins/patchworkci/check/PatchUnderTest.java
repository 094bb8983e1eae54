package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One patch as the checks see it: what its mail said and, once applied, its commit. Immutable, a
 * value (equal when every part is); a class rather than a record only so that the diff is parsed
 * once, when a check first asks for it, however many checks read it.
 */
public final class PatchUnderTest {

    private final int number;
    private final String subject;
    private final String authorName;
    private final String authorEmail;
    private final String message;
    private final List<Trailer> trailers;
    private final byte[] diff;
    private final List<String> recipients;
    private final Optional<String> commit;
    /** {@link #parsedDiff()}, once read; a race parses twice into equal values, which is harmless. */
    private volatile @Nullable Diff parsed;

    /**
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
    public PatchUnderTest(int number, String subject, String authorName, String authorEmail, String message,
            List<Trailer> trailers, byte[] diff, List<String> recipients, Optional<String> commit) {
        if (number < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + number);
        }
        this.number = number;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.authorEmail = Objects.requireNonNull(authorEmail, "authorEmail");
        this.message = Objects.requireNonNull(message, "message");
        this.trailers = List.copyOf(trailers);
        this.diff = diff.clone();
        this.recipients = List.copyOf(recipients);
        this.commit = Objects.requireNonNull(commit, "commit");
    }

    /**
     * Builds the patch from the mail model: the integrator passes the To/Cc addresses (the mail
     * record keeps only the sender) and the commit the apply step made.
     */
    public static PatchUnderTest of(int number, Patch patch, List<Address> toAndCc, Optional<String> commit) {
        List<String> recipients = new ArrayList<>();
        toAndCc.forEach(a -> recipients.add(a.email()));
        recipients.add(patch.message().from().email());
        return new PatchUnderTest(number, patch.info().subject(), patch.info().author(), patch.info().email(),
                patch.info().message(), patch.trailers(), patch.info().patch(), recipients, commit);
    }

    /** The patch's number in the series, 1..N. */
    public int number() {
        return number;
    }

    /** The subject without the {@code [PATCH ...]} prefix. */
    public String subject() {
        return subject;
    }

    /** The author's name (in-body {@code From:} wins, as in git). */
    public String authorName() {
        return authorName;
    }

    /** The author's address. */
    public String authorEmail() {
        return authorEmail;
    }

    /** The commit message body after the subject (trailers included). */
    public String message() {
        return message;
    }

    /** The trailers of the commit message, in order. */
    public List<Trailer> trailers() {
        return trailers;
    }

    /** The diff bytes as {@code git mailinfo} extracted them (a copy). */
    public byte[] diff() {
        return diff.clone();
    }

    /** Every address the mail was sent to or from (To, Cc, From, Sender). */
    public List<String> recipients() {
        return recipients;
    }

    /** The commit the apply step made for this patch, if it applied. */
    public Optional<String> commit() {
        return commit;
    }

    /** The diff as text; bytes that are not UTF-8 become replacement characters. */
    public String diffText() {
        return new String(diff, StandardCharsets.UTF_8);
    }

    /** The diff, parsed into files: read once, on first use. */
    public Diff parsedDiff() {
        Diff d = parsed;
        if (d == null) {
            d = Diff.parse(diffText());
            parsed = d;
        }
        return d;
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
