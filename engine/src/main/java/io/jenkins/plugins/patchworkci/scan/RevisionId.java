package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.series.Series;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of one version of a series, as a Jenkins revision: its version number, its Message-ID
 * (cover letter, else first patch) and a hash of its patches' patch-ids. A resend of the same version
 * with other content (a fixed patch under the same {@code v2}) therefore is another revision, and a
 * resend with identical diffs under a new Message-ID too, since it is another posting to report on.
 * A version built with user-space companions ({@link ScannedCompanion}) hashes their patch-ids too, after
 * its own, so a new companion version (or a companion that arrived after the kernel series) is a new
 * revision of the kernel job; without companions the hash is the series' alone.
 *
 * @param version the version number, 1 for an unnumbered series
 * @param messageId the series' Message-ID without angle brackets
 * @param patchIdsHash the first 12 hex digits of the SHA-256 of the patch-ids, one per line in order (then,
 *     per companion, a line {@code companion <Message-ID>} and its patch-ids)
 */
public record RevisionId(int version, String messageId, String patchIdsHash) {

    private static final Pattern TEXT = Pattern.compile("v(\\d+):([0-9a-f]{12}):(.+)", Pattern.DOTALL);

    public RevisionId {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        Objects.requireNonNull(messageId, "messageId");
        if (messageId.isEmpty() || messageId.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw new IllegalArgumentException("not a Message-ID: '" + messageId + "'");
        }
        Objects.requireNonNull(patchIdsHash, "patchIdsHash");
        if (!patchIdsHash.matches("[0-9a-f]{12}")) {
            throw new IllegalArgumentException("not a patch-ids hash: " + patchIdsHash);
        }
    }

    public static RevisionId of(Series series) {
        return new RevisionId(Math.max(1, series.version()), series.id().messageId(),
                hash(series.patches().stream().map(Patch::patchId).toList()));
    }

    /** The identity of a version built with its companions (in the order given; none gives {@link #of(Series)}). */
    public static RevisionId of(Series series, List<Series> companions) {
        List<String> lines = new java.util.ArrayList<>(series.patches().stream().map(Patch::patchId).toList());
        for (Series c : companions) {
            lines.add("companion " + c.id().messageId());
            c.patches().forEach(p -> lines.add(p.patchId()));
        }
        return new RevisionId(Math.max(1, series.version()), series.id().messageId(), hash(lines));
    }

    /** The hash of patch-ids in order; patches without one (a pull request) count as empty lines. */
    static String hash(List<String> patchIds) {
        StringBuilder text = new StringBuilder();
        for (String id : patchIds) {
            text.append(id == null ? "" : id).append('\n');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    /** Reads {@link #toString()} back, or empty if the text is not one. */
    public static Optional<RevisionId> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RevisionId(Integer.parseInt(m.group(1)), m.group(3), m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code v2:1a2b3c4d5e6f:cover.123.git.jane@example.org}: the Message-ID last, since it may hold ':'. */
    @Override
    public String toString() {
        return "v" + version + ":" + patchIdsHash + ":" + messageId;
    }
}
