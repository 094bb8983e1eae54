package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.mail.Patch;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One patch of the reported series: its number, its mail, and where Patchwork keeps it (checks
 * are posted to that id; a patch Patchwork does not know gets no checks).
 *
 * @param number the patch's number in the series, 1..N
 * @param mail the patch mail
 * @param patchworkId Patchwork's patch id, or null when the series came from an archive or mailbox
 * @param patchworkUrl the patch's public Patchwork page, or null
 * @param patchId the diff's {@code git patch-id --stable}, or null when not known (a run recorded
 *     before it was kept); the lineage view tells unchanged patches between versions by it
 */
public record ReportedPatch(int number, ReportedMessage mail, @Nullable Long patchworkId,
        @Nullable String patchworkUrl, @Nullable String patchId) {

    public ReportedPatch(int number, ReportedMessage mail, Long patchworkId, String patchworkUrl) {
        this(number, mail, patchworkId, patchworkUrl, null);
    }

    public ReportedPatch {
        if (number < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + number);
        }
        Objects.requireNonNull(mail, "mail");
    }

    /** A patch of the mail model, numbered by its subject's counter ({@code 2/3} is patch 2). */
    public static ReportedPatch of(Patch patch, @Nullable Long patchworkId, @Nullable String patchworkUrl) {
        return new ReportedPatch(Math.max(1, patch.prefix().index()), ReportedMessage.of(patch.message()), patchworkId,
                patchworkUrl, patch.patchId().isEmpty() ? null : patch.patchId());
    }
}
