package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Patch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable lines that {@code git format-patch --base} and b4 put in a cover letter
 * (below {@code ---}) or after a patch's diff, and that people put in cover letters: change-id,
 * base-commit, dependencies, and links to the previous version.
 *
 * @param changeId b4's {@code change-id:}, the same across every version of a series
 * @param baseCommit {@code base-commit:}
 * @param dependencies prerequisites and {@code Depends-on:}
 * @param previousVersions Message-IDs of earlier versions the cover letter links to, e.g.
 *     {@code v1: https://lore.kernel.org/r/<msgid>} or b4's {@code - Link to v1: ...}
 */
public record SeriesMetadata(
        Optional<String> changeId,
        Optional<String> baseCommit,
        Dependencies dependencies,
        List<VersionReference> previousVersions) {

    public static final SeriesMetadata NONE =
            new SeriesMetadata(Optional.empty(), Optional.empty(), Dependencies.NONE, List.of());

    private static final Pattern CHANGE_ID = line("change-id");
    private static final Pattern BASE_COMMIT = line("base-commit");
    private static final Pattern PREREQ_PATCH = line("prerequisite-patch-id");
    private static final Pattern PREREQ_MESSAGE = line("prerequisite-message-id");
    private static final Pattern PREREQ_CHANGE = line("prerequisite-change-id");
    private static final Pattern DEPENDS_ON = Pattern.compile(
            "^[ \\t]*Depends-on:[ \\t]*(\\S.*?)\\s*$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    // "v1: <url>", "- Link to v2: <url>", "v3 - https://...", "previous version (v2): <msgid>"
    private static final Pattern VERSION_LINK = Pattern.compile(
            "\\bv(\\d{1,3})\\b[^\\n]*?(https?://\\S+|<[^<>\\s]+@[^<>\\s]+>)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_MESSAGE_ID = Pattern.compile("^https?://[^@\\s]+/([^/\\s]+@[^/\\s]+)");

    public SeriesMetadata {
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(baseCommit, "baseCommit");
        Objects.requireNonNull(dependencies, "dependencies");
        previousVersions = List.copyOf(previousVersions);
    }

    /**
     * An earlier version a cover letter points to.
     *
     * @param version the version number written next to the link
     * @param messageId the Message-ID in the link
     */
    public record VersionReference(int version, String messageId) {}

    private static Pattern line(String key) {
        return Pattern.compile("^[ \\t]*" + Pattern.quote(key) + ":[ \\t]*(\\S+)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    }

    /** Reads the metadata of the given texts (cover letter first, then patches); the first value wins. */
    public static SeriesMetadata read(List<String> texts) {
        Optional<String> changeId = Optional.empty();
        Optional<String> baseCommit = Optional.empty();
        LinkedHashSet<String> patchIds = new LinkedHashSet<>();
        LinkedHashSet<String> messageIds = new LinkedHashSet<>();
        LinkedHashSet<String> changeIds = new LinkedHashSet<>();
        LinkedHashSet<String> dependsOnValues = new LinkedHashSet<>();
        List<VersionReference> previous = new ArrayList<>();
        for (String text : texts) {
            if (changeId.isEmpty()) {
                changeId = first(CHANGE_ID, text);
            }
            if (baseCommit.isEmpty()) {
                baseCommit = first(BASE_COMMIT, text);
            }
            patchIds.addAll(all(PREREQ_PATCH, text));
            all(PREREQ_MESSAGE, text).forEach(v -> messageIds.add(stripBrackets(v)));
            changeIds.addAll(all(PREREQ_CHANGE, text));
            dependsOnValues.addAll(all(DEPENDS_ON, text));
        }
        if (!texts.isEmpty()) {
            // Only the cover letter (or lead patch) speaks of earlier versions.
            Matcher m = VERSION_LINK.matcher(texts.get(0));
            while (m.find()) {
                messageIdOf(m.group(2)).ifPresent(id -> previous.add(
                        new VersionReference(Integer.parseInt(m.group(1)), id)));
            }
        }
        List<Dependencies.DependsOn> dependsOn = dependsOnValues.stream()
                .map(Dependencies.DependsOn::of)
                .toList();
        return new SeriesMetadata(changeId, baseCommit,
                new Dependencies(List.copyOf(patchIds), List.copyOf(messageIds), List.copyOf(changeIds), dependsOn),
                previous);
    }

    /**
     * This metadata with what the mail parser read after the patches' diffs ({@code base-commit:},
     * {@code prerequisite-patch-id:}, {@code prerequisite-message-id:}) merged in, so nothing it
     * found is lost whatever the text scan saw.
     */
    SeriesMetadata withPatchLines(List<Patch> patches) {
        Optional<String> base = baseCommit;
        LinkedHashSet<String> patchIds = new LinkedHashSet<>(dependencies.prerequisitePatchIds());
        LinkedHashSet<String> messageIds = new LinkedHashSet<>(dependencies.prerequisiteMessageIds());
        for (Patch p : patches) {
            if (base.isEmpty()) {
                base = p.baseCommit();
            }
            patchIds.addAll(p.prerequisitePatchIds());
            messageIds.addAll(p.prerequisiteMessageIds());
        }
        return new SeriesMetadata(changeId, base, new Dependencies(List.copyOf(patchIds), List.copyOf(messageIds),
                dependencies.prerequisiteChangeIds(), dependencies.dependsOn()), previousVersions);
    }

    /**
     * The Message-ID a reference names: {@code <id@host>}, a bare {@code id@host}, or an archive URL
     * whose path has a component with an {@code @} (lore, patch.msgid.link, Patchwork by msgid),
     * URL-decoded, as b4's {@code _extract_link_msgid}.
     */
    static Optional<String> messageIdOf(String reference) {
        String value = reference.trim();
        if (value.startsWith("<") && value.endsWith(">") && value.contains("@")) {
            return Optional.of(value.substring(1, value.length() - 1));
        }
        if (value.matches("(?i)https?://.*")) {
            String decoded;
            try {
                decoded = java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = value;
            }
            Matcher m = URL_MESSAGE_ID.matcher(decoded);
            if (m.find()) {
                return Optional.of(stripBrackets(m.group(1).replaceAll("[>.,;)]+$", "")));
            }
            return Optional.empty();
        }
        if (value.matches("[^\\s<>@]+@[^\\s<>@]+")) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    private static String stripBrackets(String value) {
        String v = value.trim();
        if (v.startsWith("<")) {
            v = v.substring(1);
        }
        if (v.endsWith(">")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
