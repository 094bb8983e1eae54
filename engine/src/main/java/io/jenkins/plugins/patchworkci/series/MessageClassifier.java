package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Decides each message's {@link ThreadRole}. The rules are b4's: a reply is a {@code Re:}-style
 * subject (a reply quoting a diff is still a reply) or a message without a diff in a thread; a
 * patch carries a diff; a cover letter is numbered {@code 0/N}; a pull request says {@code PULL}
 * or reads as {@code git request-pull} output.
 */
final class MessageClassifier {

    // b4 LoreSubject: "Re:", "Aw:", "Fwd:" and any 2-3 letter word with a colon before a bracket
    // (localised "Sv:", "Vs:", "Antw:" clients).
    private static final Pattern REPLY_SUBJECT = Pattern.compile(
            "^\\s*(?:(?:re|aw|fwd?|sv|antw)\\s*:|\\w{2,3}:\\s*\\[)", Pattern.CASE_INSENSITIVE);

    private final MessageParsers parsers;
    private final Consumer<Note> notes;

    MessageClassifier(MessageParsers parsers, Consumer<Note> notes) {
        this.parsers = parsers;
        this.notes = notes;
    }

    static boolean isReplySubject(String subject) {
        return REPLY_SUBJECT.matcher(subject).find();
    }

    ThreadMessage classify(Message message) {
        Instant date = SentDate.parse(message.info().date()).orElseGet(() -> {
            notes.accept(new Note(Note.Kind.UNREADABLE_DATE, message.messageId(),
                    "Date '" + message.info().date() + "' cannot be read; sorted as sent at the epoch"));
            return Instant.EPOCH;
        });
        SubjectPrefix prefix = subjectPrefix(message);
        if (isReplySubject(message.subject())) {
            return new ThreadMessage(message, ThreadRole.REPLY, prefix, Optional.empty(), date);
        }
        Optional<Patch> patch;
        try {
            patch = parsers.patch(message);
        } catch (RuntimeException e) {
            // Not a reply either: its own text (a commit message with trailers) must not be read
            // as review trailers. It is kept among the unrelated messages, with the reason.
            notes.accept(new Note(Note.Kind.PARSER_FAILED, message.messageId(),
                    "patch could not be read (" + e + "); kept apart as unrelated"));
            return new ThreadMessage(message, ThreadRole.UNRELATED, prefix, Optional.empty(), date);
        }
        if (patch.isPresent()) {
            return new ThreadMessage(message, ThreadRole.PATCH, patch.get().prefix(), patch, date);
        }
        if (prefix.isCoverLetter()) {
            return new ThreadMessage(message, ThreadRole.COVER_LETTER, prefix, patch, date);
        }
        if (prefix.pull() || PullRequest.looksLikeRequestPull(MailBody.of(message))) {
            return new ThreadMessage(message, ThreadRole.PULL_REQUEST, prefix, patch, date);
        }
        boolean inThread = message.inReplyTo().isPresent() || !message.references().isEmpty();
        return new ThreadMessage(message, inThread ? ThreadRole.REPLY : ThreadRole.UNRELATED, prefix, patch, date);
    }

    /** A subject without a readable prefix: version 1, no counter. */
    static final SubjectPrefix NO_PREFIX = new SubjectPrefix(List.of(), Optional.empty(), 1, 1, 1, false, false, false);

    // The parsers are another package's code; one message they cannot read must not stop the
    // others, so a failure becomes a note and the message is read as having no prefix / no diff.
    private SubjectPrefix subjectPrefix(Message message) {
        try {
            return parsers.subjectPrefix(message.subject());
        } catch (RuntimeException e) {
            notes.accept(new Note(Note.Kind.PARSER_FAILED, message.messageId(),
                    "subject prefix could not be read (" + e + "); taken as none"));
            return NO_PREFIX;
        }
    }

    /** Lines of a diffstat ("3 files changed, 10 insertions(+)"), as b4's DIFFSTAT_RE. */
    private static final Pattern DIFFSTAT = Pattern.compile(
            "^\\s*\\d+ file.*\\d+ (insertion|deletion)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /**
     * b4's fallback for a cover letter sent without {@code 0/N}: the non-{@code Re:} message a patch
     * replies to, without a diff, with a diffstat or being a thread root from the patch's author.
     */
    static boolean isUnnumberedCover(ThreadMessage parent, ThreadMessage patch) {
        if (parent.role() == ThreadRole.PATCH || parent.role() == ThreadRole.COVER_LETTER
                || isReplySubject(parent.message().subject()) || parent.patch().isPresent()) {
            return false;
        }
        if (DIFFSTAT.matcher(MailBody.of(parent.message())).find()) {
            return true;
        }
        Message m = parent.message();
        return m.inReplyTo().isEmpty() && m.references().isEmpty()
                && m.from().sameEmail(patch.message().from().email());
    }

    static List<String> declaredParents(Message message) {
        // Closest first: In-Reply-To, then References from newest to oldest (Patchwork's order).
        ArrayList<String> out = new ArrayList<>();
        message.inReplyTo().ifPresent(out::add);
        List<String> refs = message.references();
        for (int i = refs.size() - 1; i >= 0; i--) {
            if (!out.contains(refs.get(i))) {
                out.add(refs.get(i));
            }
        }
        out.remove(message.messageId());
        return out;
    }
}
