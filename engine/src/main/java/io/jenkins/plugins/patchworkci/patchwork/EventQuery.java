package io.jenkins.plugins.patchworkci.patchwork;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the event log. {@link #oldestFirst()} sends {@code order=date}; without it Patchwork
 * lists newest first, which shifts pages while events arrive, so polling always reads oldest first.
 *
 * @param project link name or id (checked to exist first)
 * @param category one category, or null for all
 * @param since only events at or after this instant
 * @param series only events about this series id
 * @param patch only events about this patch id
 * @param oldestFirst ascending dates
 */
public record EventQuery(@Nullable String project, @Nullable EventCategory category,
        @Nullable Instant since, @Nullable Long series, @Nullable Long patch, boolean oldestFirst) {

    public static EventQuery inProject(String project) {
        return new EventQuery(project, null, null, null, null, true);
    }

    public EventQuery withCategory(EventCategory value) {
        return new EventQuery(project, value, since, series, patch, oldestFirst);
    }

    public EventQuery withSince(Instant value) {
        return new EventQuery(project, category, value, series, patch, oldestFirst);
    }

    public EventQuery withSeries(Long value) {
        return new EventQuery(project, category, since, value, patch, oldestFirst);
    }

    public EventQuery withPatch(Long value) {
        return new EventQuery(project, category, since, series, value, oldestFirst);
    }

    public EventQuery withOldestFirst(boolean value) {
        return new EventQuery(project, category, since, series, patch, value);
    }

    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        PatchQuery.put(p, "project", project);
        PatchQuery.put(p, "category", category == null ? null : category.wireName());
        PatchQuery.put(p, "since", since == null ? null : PatchworkDates.format(since));
        PatchQuery.put(p, "series", series == null ? null : series.toString());
        PatchQuery.put(p, "patch", patch == null ? null : patch.toString());
        PatchQuery.put(p, "order", oldestFirst ? "date" : null);
        return p;
    }
}
