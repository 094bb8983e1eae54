package io.jenkins.plugins.patchworkci.patchwork;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing patches; each one is a Patchwork query parameter.
 *
 * @param project link name or id (checked to exist before the query: Patchwork answers {@code []} for
 *     an unknown project)
 * @param state a state slug, e.g. {@code new}
 * @param delegate a user name or id
 * @param msgid a Message-ID, with or without angle brackets
 * @param archived whether archived patches are wanted, null for both
 * @param since only patches dated at or after this instant
 */
public record PatchQuery(@Nullable String project, @Nullable String state, @Nullable String delegate,
        @Nullable String msgid, @Nullable Boolean archived, @Nullable Instant since) {

    public static PatchQuery inProject(String project) {
        return new PatchQuery(project, null, null, null, null, null);
    }

    public PatchQuery withState(String value) {
        return new PatchQuery(project, value, delegate, msgid, archived, since);
    }

    public PatchQuery withDelegate(String value) {
        return new PatchQuery(project, state, value, msgid, archived, since);
    }

    public PatchQuery withMsgid(String value) {
        return new PatchQuery(project, state, delegate, value, archived, since);
    }

    public PatchQuery withArchived(Boolean value) {
        return new PatchQuery(project, state, delegate, msgid, value, since);
    }

    public PatchQuery withSince(Instant value) {
        return new PatchQuery(project, state, delegate, msgid, archived, value);
    }

    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "project", project);
        put(p, "state", state);
        put(p, "delegate", delegate);
        // Patchwork matches msgid without the angle brackets
        put(p, "msgid", msgid == null ? null : PatchRef.bare(msgid));
        put(p, "archived", archived == null ? null : archived.toString());
        put(p, "since", since == null ? null : PatchworkDates.format(since));
        return p;
    }

    static void put(Map<String, String> p, String k, String v) {
        if (v != null) {
            p.put(k, v);
        }
    }
}
