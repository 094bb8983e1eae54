package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A series: one version of a cover letter (optional) and patches 1..{@link #total()}.
 * {@link #receivedAll()} is false while patches are still missing; the series mbox then lacks them.
 * The series mbox holds the patches only, never the cover letter.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkSeries(long id, String url, String webUrl, PatchworkProject project, String name,
        Instant date, PersonRef submitter, int version, int total, int receivedTotal, boolean receivedAll,
        String mbox, @Nullable CoverRef coverLetter, List<PatchRef> patches) {

    public PatchworkSeries {
        patches = patches == null ? List.of() : List.copyOf(patches);
    }
}
