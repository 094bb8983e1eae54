package io.jenkins.plugins.patchworkci.route;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the libbpf part of a kernel diff into a diff for the GitHub libbpf repository, mapping
 * paths the way libbpf's own {@code scripts/sync-kernel.sh} does ({@code tools/lib/bpf/} to
 * {@code src/}, the UAPI headers libbpf carries to {@code include/}), so libbpf is tested with a
 * change before the next sync. Files outside the map are left out, as the sync leaves them out.
 */
public final class LibbpfSync {

    private static final String LIB_PREFIX = "tools/lib/bpf/";

    /** sync-kernel.sh's PATH_MAP for single files. */
    private static final Map<String, String> FILES = Map.of(
            "tools/include/uapi/linux/bpf_common.h", "include/uapi/linux/bpf_common.h",
            "tools/include/uapi/linux/bpf.h", "include/uapi/linux/bpf.h",
            "tools/include/uapi/linux/btf.h", "include/uapi/linux/btf.h",
            "tools/include/uapi/linux/if_link.h", "include/uapi/linux/if_link.h",
            "tools/include/uapi/linux/if_xdp.h", "include/uapi/linux/if_xdp.h",
            "tools/include/uapi/linux/netlink.h", "include/uapi/linux/netlink.h",
            "tools/include/tools/libc_compat.h", "include/tools/libc_compat.h");

    /** Files the sync removes after mapping: libbpf keeps its own build files. */
    private static final Set<String> DROPPED = Set.of("src/Makefile", "src/Build", "src/test_libbpf.cpp", "src/.gitignore");

    /**
     * The mapped diff and what was left out.
     *
     * @param diff the diff for the libbpf repository; empty when nothing in the change maps
     * @param mappedPaths the libbpf paths the diff touches
     * @param leftOut kernel paths the diff touched that libbpf does not carry
     */
    public record Result(Optional<byte[]> diff, List<String> mappedPaths, List<String> leftOut) {}

    private LibbpfSync() {}

    /** The libbpf path of a kernel path, empty when libbpf does not carry it. */
    public static Optional<String> map(String kernelPath) {
        String mapped = kernelPath.startsWith(LIB_PREFIX)
                ? "src/" + kernelPath.substring(LIB_PREFIX.length())
                : FILES.get(kernelPath);
        return mapped == null || DROPPED.contains(mapped) ? Optional.empty() : Optional.of(mapped);
    }

    /** Whether any path of a change is one libbpf carries. */
    public static boolean touchesLibbpf(Iterable<String> kernelPaths) {
        for (String p : kernelPaths) {
            if (map(p).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Maps a git diff (what {@code git mailinfo} leaves in the patch file). Text before the first
     * {@code diff --git} (the diffstat) is dropped; each file's section is kept with its paths
     * rewritten when libbpf carries the file, and left out otherwise.
     */
    public static Result map(byte[] kernelDiff) {
        // ISO-8859-1 keeps every byte as one char, so content in any encoding passes through intact.
        String text = new String(kernelDiff, StandardCharsets.ISO_8859_1);
        List<String> sections = splitSections(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> mapped = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String section : sections) {
            String header = section.substring(0, section.indexOf('\n') < 0 ? section.length() : section.indexOf('\n'));
            String[] paths = headerPaths(header);
            if (paths == null) {
                leftOut.add(header);
                continue;
            }
            Optional<String> a = map(paths[0]);
            Optional<String> b = map(paths[1]);
            if (a.isEmpty() || b.isEmpty()) {
                leftOut.add(paths[1]);
                continue;
            }
            String rewritten = rewrite(section, paths[0], a.get(), paths[1], b.get());
            out.writeBytes(rewritten.getBytes(StandardCharsets.ISO_8859_1));
            mapped.add(b.get());
        }
        byte[] diff = out.toByteArray();
        return new Result(diff.length == 0 ? Optional.empty() : Optional.of(diff), mapped, leftOut);
    }

    private static List<String> splitSections(String text) {
        List<String> sections = new ArrayList<>();
        int start = text.startsWith("diff --git ") ? 0 : text.indexOf("\ndiff --git ");
        if (start < 0) {
            return sections;
        }
        if (start > 0) {
            start++;
        }
        while (start >= 0 && start < text.length()) {
            int next = text.indexOf("\ndiff --git ", start);
            int end = next < 0 ? text.length() : next + 1;
            sections.add(text.substring(start, end));
            start = next < 0 ? -1 : next + 1;
        }
        return sections;
    }

    /** The old and new path of {@code diff --git a/X b/Y}; null for quoted or odd headers. */
    static String @Nullable [] headerPaths(String header) {
        String rest = header.substring("diff --git ".length());
        if (!rest.startsWith("a/") || rest.contains("\"")) {
            return null;
        }
        // With equal names the split is unambiguous: "a/P b/P"; else look for the " b/" that makes
        // the two halves valid (git writes renames with rename from/to lines that confirm them).
        int mid = (rest.length() - 1) / 2;
        if (rest.length() % 2 == 1 && rest.charAt(mid) == ' ' && rest.substring(2, mid).equals(rest.substring(mid + 3))) {
            return new String[] {rest.substring(2, mid), rest.substring(mid + 3)};
        }
        int b = rest.indexOf(" b/");
        return b < 0 ? null : new String[] {rest.substring(2, b), rest.substring(b + 3)};
    }

    private static String rewrite(String section, String oldPath, String newOld, String newPath, String newNew) {
        String[] lines = section.split("\n", -1);
        boolean inHunks = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (inHunks) {
                break; // content lines are never rewritten
            }
            if (i == 0) {
                lines[i] = "diff --git a/" + newOld + " b/" + newNew;
            } else if (l.equals("--- a/" + oldPath)) {
                lines[i] = "--- a/" + newOld;
            } else if (l.equals("+++ b/" + newPath)) {
                lines[i] = "+++ b/" + newNew;
            } else if (l.equals("rename from " + oldPath) || l.equals("copy from " + oldPath)) {
                lines[i] = l.substring(0, l.indexOf(oldPath)) + newOld;
            } else if (l.equals("rename to " + newPath) || l.equals("copy to " + newPath)) {
                lines[i] = l.substring(0, l.indexOf(newPath)) + newNew;
            } else if (l.startsWith("@@") || l.equals("GIT binary patch")) {
                inHunks = true;
            }
        }
        return String.join("\n", lines);
    }
}
