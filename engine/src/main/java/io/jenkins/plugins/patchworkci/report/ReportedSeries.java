package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.mail.Address;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The series as a report shows it: a stable identity, its title and version, its author, its
 * cover letter (when it has one), its patches and its links. The report's own view of a series,
 * independent of how the series model groups mail.
 *
 * @param id a stable identity, unique per series version ({@code netdevbpf/6} for Patchwork
 *     series 6, or the cover letter's Message-ID); ledgers key on it
 * @param title the series title (the cover letter's subject without prefixes, untrusted text)
 * @param version the series version, 1..
 * @param author who posted it
 * @param cover the cover letter, or null for a series without one
 * @param patches the patches, numbered 1..N in order
 * @param links the Patchwork page, archive thread and other versions
 */
public record ReportedSeries(String id, String title, int version, Address author,
        @Nullable ReportedMessage cover, List<ReportedPatch> patches, SeriesLinks links) {

    public ReportedSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        Objects.requireNonNull(author, "author");
        patches = List.copyOf(patches);
        if (patches.isEmpty()) {
            throw new IllegalArgumentException("series " + id + " has no patches");
        }
        for (int i = 0; i < patches.size(); i++) {
            if (patches.get(i).number() != i + 1) {
                throw new IllegalArgumentException("series " + id + ": patch " + (i + 1) + " is numbered "
                        + patches.get(i).number());
            }
        }
        Objects.requireNonNull(links, "links");
    }

    /** The mail a report replies to: the cover letter, or the first patch when there is none. */
    public ReportedMessage threadRoot() {
        return cover != null ? cover : patches.get(0).mail();
    }

    public ReportedPatch patch(int number) {
        if (number < 1 || number > patches.size()) {
            throw new IllegalArgumentException("series " + id + " has no patch " + number);
        }
        return patches.get(number - 1);
    }
}
