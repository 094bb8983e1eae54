package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.util.List;
import java.util.Optional;

/**
 * What series assembly needs from the {@code mail} package, as a seam: the subject prefix of a
 * message, when the message carries a diff its {@link Patch}, and the paths a patch's diff
 * touches. The assembler never parses subjects or diffs itself, so the mail package's parsers
 * (git-mailinfo-exact) and the applier's diff reader are the only ones.
 *
 * <p>Implementations must not throw on odd input: a subject without brackets is a prefix with no
 * counter, a message without a diff has no patch.
 */
public interface MessageParsers {

    /** The bracketed prefix of a subject ({@code [PATCH net-next v2 3/5]}), in parts. */
    SubjectPrefix subjectPrefix(String subject);

    /** The patch this message carries, or empty when it has no diff {@code git am} would apply. */
    Optional<Patch> patch(Message message);

    /**
     * The paths the patch's diff touches, old and new names of renames and copies, in diff order,
     * without {@code /dev/null}; empty when the diff cannot be read.
     */
    List<String> touchedPaths(Patch patch);
}
