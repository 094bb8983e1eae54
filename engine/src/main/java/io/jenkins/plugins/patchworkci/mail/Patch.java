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

    public MailInfo info() {
        return message.info();
    }

    /** The trailers with this token, in order (tokens compare without case). */
    public List<Trailer> trailers(String token) {
        return trailers.stream().filter(t -> t.is(token)).toList();
    }
}
