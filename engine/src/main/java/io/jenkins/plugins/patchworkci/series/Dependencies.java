package io.jenkins.plugins.patchworkci.series;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a series says it needs applied first, so a plan can apply that before it (or wait).
 *
 * @param prerequisitePatchIds {@code prerequisite-patch-id:} lines ({@code git format-patch --base}
 *     and b4): patch-ids of patches not in the base commit
 * @param prerequisiteMessageIds {@code prerequisite-message-id:} lines (b4 {@code prep --edit-deps}),
 *     without angle brackets
 * @param prerequisiteChangeIds {@code prerequisite-change-id:} lines (b4), a series by its change-id
 * @param dependsOn {@code Depends-on:} lines (Patchwork 3.2+), each a Message-ID or a URL
 */
public record Dependencies(
        List<String> prerequisitePatchIds,
        List<String> prerequisiteMessageIds,
        List<String> prerequisiteChangeIds,
        List<DependsOn> dependsOn) {

    public static final Dependencies NONE = new Dependencies(List.of(), List.of(), List.of(), List.of());

    public Dependencies {
        prerequisitePatchIds = List.copyOf(prerequisitePatchIds);
        prerequisiteMessageIds = List.copyOf(prerequisiteMessageIds);
        prerequisiteChangeIds = List.copyOf(prerequisiteChangeIds);
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean isEmpty() {
        return prerequisitePatchIds.isEmpty() && prerequisiteMessageIds.isEmpty()
                && prerequisiteChangeIds.isEmpty() && dependsOn.isEmpty();
    }

    /**
     * Every Message-ID the series depends on: {@code prerequisite-message-id:} values and the
     * Message-IDs of {@code Depends-on:} values that name one (bare or in an archive URL).
     */
    public List<String> messageIds() {
        LinkedHashSet<String> out = new LinkedHashSet<>(prerequisiteMessageIds);
        for (DependsOn d : dependsOn) {
            d.messageId().ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * One {@code Depends-on:} value, as Patchwork reads it ({@code parser.parse_depends_on}): a
     * {@code <msgid>}, or the web URL of a Patchwork series ({@code /list/?series=N}) or patch
     * ({@code /patch/<msgid>/}); also the {@code series-N} / {@code patch-N} forms of DPDK and of
     * Patchwork's release notes, and lore-style archive URLs.
     *
     * @param value as written
     * @param messageId the Message-ID it names, when it names one
     * @param patchworkSeries the Patchwork series id it names, when it names one
     * @param patchworkPatch the Patchwork patch id it names ({@code patch-N}), when it names one
     */
    public record DependsOn(
            String value,
            Optional<String> messageId,
            Optional<Long> patchworkSeries,
            Optional<Long> patchworkPatch) {

        private static final Pattern SERIES_QUERY = Pattern.compile("[?&]series=(\\d{1,18})(?:&|$)");
        private static final Pattern SHORT_FORM = Pattern.compile("(?i)^(series|patch)-(\\d{1,18})\\b.*");

        /** Reads one value. */
        public static DependsOn of(String value) {
            String v = value.trim();
            Matcher shortForm = SHORT_FORM.matcher(v);
            if (shortForm.matches()) {
                long id = Long.parseLong(shortForm.group(2));
                boolean series = shortForm.group(1).equalsIgnoreCase("series");
                return new DependsOn(value, Optional.empty(), series ? Optional.of(id) : Optional.empty(),
                        series ? Optional.empty() : Optional.of(id));
            }
            Matcher query = SERIES_QUERY.matcher(v);
            Optional<Long> series = v.matches("(?i)https?://.*") && query.find()
                    ? Optional.of(Long.parseLong(query.group(1))) : Optional.empty();
            return new DependsOn(value, SeriesMetadata.messageIdOf(v), series, Optional.empty());
        }
    }
}
