package io.jenkins.plugins.patchworkci.series;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

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
        @NonNull List<String> prerequisitePatchIds,
        @NonNull List<String> prerequisiteMessageIds,
        @NonNull List<String> prerequisiteChangeIds,
        @NonNull List<DependsOn> dependsOn) {

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
    @NonNull
    public List<String> messageIds() {
        LinkedHashSet<String> out = new LinkedHashSet<>(prerequisiteMessageIds);
        for (DependsOn d : dependsOn) {
            d.messageId().ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * One {@code Depends-on:} value.
     *
     * @param value as written (Message-ID in brackets, or a URL of a patch or series)
     * @param messageId the Message-ID it names, when it names one
     */
    public record DependsOn(@NonNull String value, @NonNull Optional<String> messageId) {}
}
