package io.jenkins.plugins.patchworkci.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One row of {@code pwci series}: a series version as a source shows it.
 *
 * @param id what names it to {@code --id}: the Patchwork series id, else the short hash of its
 *     Message-ID
 * @param messageId the Message-ID of its cover letter (or first patch), when known
 * @param version its version
 * @param subject its subject, without prefixes
 * @param author who sent it
 * @param received how many of its patches are there
 * @param total how many it announces
 * @param missing the numbers of the patches not there
 * @param treeTag the subject-prefix word that names a configured tree, or empty
 * @param state the Patchwork state of its patches (one, or several joined by {@code /}), or empty
 *     when not from Patchwork
 */
record ListedSeries(
        @JsonProperty("id") String id,
        @JsonProperty("messageId") String messageId,
        @JsonProperty("version") int version,
        @JsonProperty("subject") String subject,
        @JsonProperty("author") String author,
        @JsonProperty("received") int received,
        @JsonProperty("total") int total,
        @JsonProperty("missing") List<Integer> missing,
        @JsonProperty("treeTag") String treeTag,
        @JsonProperty("state") String state) {

    ListedSeries {
        missing = List.copyOf(missing);
    }

    @JsonProperty("complete")
    boolean complete() {
        return received >= total && missing.isEmpty();
    }

    /** {@code 3/3}, or {@code 2/3} when one is missing. */
    String completeness() {
        return received + "/" + total;
    }
}
