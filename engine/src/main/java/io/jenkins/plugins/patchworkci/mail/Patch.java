package io.jenkins.plugins.patchworkci.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message that carries a diff, with what the rest of the engine needs from it: the parsed
 * subject prefix, the trailers of its commit message, its patch-id, and the lines
 * {@code git format-patch --base} writes after the diff.
 *
 * @param message the mail it came from
 * @param prefix the subject prefix in parts
 * @param trailers the trailers of the commit message, in order
 * @param patchId the {@code git patch-id --stable} of the diff (40 hex digits)
 * @param baseCommit the {@code base-commit:} after the diff, if any
 * @param prerequisitePatchIds {@code prerequisite-patch-id:} lines after the diff
 * @param prerequisiteMessageIds {@code prerequisite-message-id:} lines (b4), without brackets
 */
public record Patch(
        Message message,
        SubjectPrefix prefix,
        List<Trailer> trailers,
        String patchId,
        Optional<String> baseCommit,
        List<String> prerequisitePatchIds,
        List<String> prerequisiteMessageIds) {

    public Patch {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(prefix, "prefix");
        trailers = List.copyOf(trailers);
        Objects.requireNonNull(patchId, "patchId");
        Objects.requireNonNull(baseCommit, "baseCommit");
        prerequisitePatchIds = List.copyOf(prerequisitePatchIds);
        prerequisiteMessageIds = List.copyOf(prerequisiteMessageIds);
    }

    /**
     * Makes a patch of a message that carries a diff.
     *
     * @throws MailException if the message has no diff (a cover letter or a reply)
     */
    public static Patch of(Message message) throws MailException {
        return PatchParser.parse(message);
    }

    /** Whether the message carries a diff, so that {@link #of(Message)} succeeds. */
    public static boolean carriesDiff(Message message) {
        return PatchId.hasDiff(message.info().patch());
    }

    /** b4's {@code change-id:} after the diff, if any (the same for every version of a series). */
    public Optional<String> changeId() {
        return DiffFooter.of(info()).changeId();
    }

    /** The {@code Fixes:} trailers that name a commit, parsed. */
    public List<Fixes> fixes() {
        return trailers.stream().map(Fixes::of).flatMap(Optional::stream).toList();
    }

    public MailInfo info() {
        return message.info();
    }

    /** The trailers with this token, in order (tokens compare without case). */
    public List<Trailer> trailers(String token) {
        return trailers.stream().filter(t -> t.is(token)).toList();
    }
}
