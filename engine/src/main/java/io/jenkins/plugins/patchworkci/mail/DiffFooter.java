package io.jenkins.plugins.patchworkci.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lines {@code git format-patch --base} and b4 write after the diff (or after the
 * {@code ---} of a cover letter): {@code base-commit:}, {@code prerequisite-patch-id:},
 * {@code prerequisite-message-id:} and b4's {@code change-id:}.
 *
 * @param baseCommit the base commit id
 * @param prerequisitePatchIds patch-ids of patches the series needs, in order
 * @param prerequisiteMessageIds Message-IDs of series the series needs (b4), without brackets
 * @param changeId b4's change-id, which stays the same across the versions of a series
 */
public record DiffFooter(
        Optional<String> baseCommit,
        List<String> prerequisitePatchIds,
        List<String> prerequisiteMessageIds,
        Optional<String> changeId) {

    public DiffFooter {
        prerequisitePatchIds = List.copyOf(prerequisitePatchIds);
        prerequisiteMessageIds = List.copyOf(prerequisiteMessageIds);
    }

    /**
     * The footer of a mail: from its patch part, and for a mail without a diff (a cover letter,
     * where format-patch writes {@code base-commit:} into the text) from its message too.
     */
    public static DiffFooter of(MailInfo info) {
        DiffFooter f = of(info.patch());
        if (PatchId.hasDiff(info.patch())) {
            return f;
        }
        DiffFooter m = of(info.message().getBytes(StandardCharsets.UTF_8));
        List<String> patchIds = new ArrayList<>(m.prerequisitePatchIds());
        patchIds.addAll(f.prerequisitePatchIds());
        List<String> messageIds = new ArrayList<>(m.prerequisiteMessageIds());
        messageIds.addAll(f.prerequisiteMessageIds());
        return new DiffFooter(m.baseCommit().or(f::baseCommit), patchIds, messageIds, m.changeId().or(f::changeId));
    }

    /** Reads the footer lines from the patch part of a mail (what mailinfo put after the message). */
    public static DiffFooter of(byte[] patch) {
        String base = null;
        String change = null;
        List<String> patchIds = new ArrayList<>();
        List<String> messageIds = new ArrayList<>();
        int pos = 0;
        while (pos < patch.length) {
            int nl = pos;
            while (nl < patch.length && patch[nl] != '\n') {
                nl++;
            }
            byte first = nl > pos ? patch[pos] : 0;
            // only lines that can be footer lines are decoded: diff lines start with + - space or @
            if (first == 'b' || first == 'p' || first == 'c') {
                String l = new String(patch, pos, nl - pos, StandardCharsets.UTF_8).strip();
                String v;
                if ((v = value(l, "base-commit:")) != null && base == null) {
                    base = v;
                } else if ((v = value(l, "prerequisite-patch-id:")) != null) {
                    patchIds.add(v);
                } else if ((v = value(l, "prerequisite-message-id:")) != null) {
                    List<String> ids = MailParser.allIds(v);
                    messageIds.add(ids.isEmpty() ? v : ids.get(0));
                } else if ((v = value(l, "change-id:")) != null && change == null) {
                    change = v;
                }
            }
            pos = nl + 1;
        }
        return new DiffFooter(Optional.ofNullable(base), patchIds, messageIds, Optional.ofNullable(change));
    }

    private static @Nullable String value(String line, String key) {
        if (!line.startsWith(key)) {
            return null;
        }
        String v = line.substring(key.length()).strip();
        return v.isEmpty() ? null : v;
    }
}
