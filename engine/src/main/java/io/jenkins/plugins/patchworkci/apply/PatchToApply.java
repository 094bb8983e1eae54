package io.jenkins.plugins.patchworkci.apply;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.UnsentPatches;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One patch of a series as the applier needs it: what {@code git mailinfo} extracted, and the
 * Message-ID (without brackets) for the {@code Link:} trailer.
 *
 * @param info author, date, subject, message and diff
 * @param messageId the Message-ID without angle brackets, or null when unknown
 */
public record PatchToApply(MailInfo info, @Nullable String messageId) {

    public PatchToApply {
        Objects.requireNonNull(info, "info");
    }

    public static PatchToApply of(MailInfo info) {
        return new PatchToApply(info, null);
    }

    /** What the mail parser made of one message: its mailinfo and its Message-ID (none when never mailed). */
    public static PatchToApply of(Patch patch) {
        String id = patch.message().messageId();
        return new PatchToApply(patch.info(), UnsentPatches.isDerived(id) ? null : id);
    }

    public Optional<String> optionalMessageId() {
        return Optional.ofNullable(messageId);
    }
}
