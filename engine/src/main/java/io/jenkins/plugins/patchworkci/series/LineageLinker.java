package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links the versions of a series into {@link Lineage}s, by the strongest evidence available:
 * b4's {@code change-id:}; a cover letter's link to the previous version (a lore or
 * patch.msgid.link URL, or a Message-ID, next to {@code vN}); a newer version posted in reply to
 * the older; else the same sender with the same subject after prefixes or shared patch-ids.
 *
 * <p>The result depends only on the set of series, never on their order.
 */
public final class LineageLinker {

    public List<Lineage> link(Collection<Series> input) {
        List<Series> all = input.stream().sorted(BY_VERSION_AND_DATE).toList();
        Map<String, Series> byMessage = new HashMap<>();
        for (Series s : all) {
            for (String id : members(s)) {
                byMessage.putIfAbsent(id, s);
            }
        }
        Map<SeriesId, SeriesId> parent = new HashMap<>();
        all.forEach(s -> parent.put(s.id(), s.id()));
        List<VersionLink> links = new ArrayList<>();

        // b4 change-id: every version of a series carries the same one.
        Map<String, List<Series>> byChangeId = new TreeMap<>();
        for (Series s : all) {
            s.metadata().changeId().ifPresent(c -> byChangeId.computeIfAbsent(c, k -> new ArrayList<>()).add(s));
        }
        for (Map.Entry<String, List<Series>> e : byChangeId.entrySet()) {
            List<Series> versions = e.getValue();
            for (int i = 1; i < versions.size(); i++) {
                addLink(links, parent, versions.get(i), versions.get(i - 1), VersionLink.Evidence.CHANGE_ID,
                        "change-id: " + e.getKey());
            }
        }
        for (Series s : all) {
            for (SeriesMetadata.VersionReference ref : s.metadata().previousVersions()) {
                Series older = byMessage.get(ref.messageId());
                if (older != null && older != s) {
                    addLink(links, parent, s, older, VersionLink.Evidence.COVER_LINK,
                            "cover letter links v" + ref.version() + " as <" + ref.messageId() + ">");
                }
            }
            lead(s).flatMap(m -> m.inReplyTo()).map(byMessage::get)
                    .filter(older -> older != s && differentVersions(older, s) && BY_VERSION_AND_DATE.compare(older, s) < 0)
                    .ifPresent(older -> addLink(links, parent, s, older, VersionLink.Evidence.REPLY_TO_PREVIOUS,
                            "v" + s.version() + " was posted in reply to <" + lead(s).get().inReplyTo().get() + ">"));
        }
        // The heuristic only ever links one sender's series: compare within each sender's.
        Map<String, List<Series>> bySender = new TreeMap<>();
        for (Series s : all) {
            bySender.computeIfAbsent(s.author().email().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
        }
        for (List<Series> same : bySender.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Series older = same.get(i);
                    Series newer = same.get(j);
                    if (!differentVersions(older, newer) || find(parent, older.id()).equals(find(parent, newer.id()))) {
                        continue;
                    }
                    String evidence = heuristic(older, newer);
                    if (evidence != null) {
                        addLink(links, parent, newer, older, VersionLink.Evidence.HEURISTIC, evidence);
                    }
                }
            }
        }

        Map<SeriesId, List<Series>> groups = new LinkedHashMap<>();
        for (Series s : all) {
            groups.computeIfAbsent(find(parent, s.id()), k -> new ArrayList<>()).add(s);
        }
        List<Lineage> out = new ArrayList<>();
        for (List<Series> versions : groups.values()) {
            out.add(lineage(versions, links));
        }
        out.sort(Comparator.comparing((Lineage l) -> l.versions().get(0).date()).thenComparing(Lineage::id));
        return out;
    }

    /** Versions in order: vN, then an RFC before the non-RFC of the same number, then date. */
    private static final Comparator<Series> BY_VERSION_AND_DATE = Comparator.comparingInt(Series::version)
            .thenComparing((Series s) -> !s.prefix().rfc())
            .thenComparing(Series::date)
            .thenComparing(Series::id);

    private static Lineage lineage(List<Series> versions, List<VersionLink> allLinks) {
        Set<SeriesId> ids = new HashSet<>();
        versions.forEach(v -> ids.add(v.id()));
        List<VersionLink> links = allLinks.stream().filter(l -> ids.contains(l.newer())).toList();
        List<Lineage.Supersedes> supersedes = new ArrayList<>();
        List<UnchangedPatch> unchanged = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            Series older = versions.get(i - 1);
            Series newer = versions.get(i);
            supersedes.add(new Lineage.Supersedes(newer.id(), older.id()));
            Map<String, Patch> olderByPatchId = new HashMap<>();
            older.patches().forEach(p -> olderByPatchId.putIfAbsent(p.patchId(), p));
            for (Patch p : newer.patches()) {
                Patch same = olderByPatchId.get(p.patchId());
                if (same != null) {
                    unchanged.add(new UnchangedPatch(p.patchId(), older.id(), same.message().messageId(),
                            same.prefix().index(), newer.id(), p.message().messageId(), p.prefix().index()));
                }
            }
        }
        List<PartialReroll> rerolls = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            PartialReroll.of(versions.get(i - 1), versions.get(i)).ifPresent(rerolls::add);
        }
        return new Lineage(versions, links, supersedes, unchanged, rerolls);
    }

    /**
     * Whether two series can be versions of one another: different {@code vN}, or the same number
     * where the older is an RFC and the newer is not (netdev's "[RFC net-next 0/5]" then
     * "[PATCH net-next 0/5]").
     */
    private static boolean differentVersions(Series older, Series newer) {
        return older.version() != newer.version() || (older.prefix().rfc() && !newer.prefix().rfc());
    }

    /** Why two series of one sender look like versions of each other, or null. */
    private static String heuristic(Series older, Series newer) {
        boolean sameSubject = normalise(older.subject()).equals(normalise(newer.subject()))
                && !normalise(older.subject()).isEmpty();
        Set<String> olderIds = new HashSet<>();
        older.patches().forEach(p -> olderIds.add(p.patchId()));
        long shared = newer.patches().stream().filter(p -> olderIds.contains(p.patchId())).count();
        if (!sameSubject && shared == 0) {
            return null;
        }
        // A kernel series and its user-space companion often share sender and subject ("[PATCH
        // net-next v2 0/3] foo" with "[PATCH iproute2-next 0/2] foo") but never patches: a subject
        // alone does not make versions of series for different projects. A move within a project
        // (net to net-next) still links, and so does any move that keeps patches.
        if (shared == 0 && !sameProject(older, newer)) {
            return null;
        }
        List<String> why = new ArrayList<>();
        why.add("same sender " + newer.author().email());
        if (sameSubject) {
            why.add("same subject '" + newer.subject() + "'");
        }
        if (shared > 0) {
            why.add(shared + " patch(es) with the same patch-id");
        }
        return String.join(", ", why);
    }

    /**
     * Whether two tree tags can name one project: equal once a {@code -next} suffix is dropped
     * ({@code net}/{@code net-next}, {@code bpf}/{@code bpf-next}); a series without a tag can be
     * for any.
     */
    private static boolean sameProject(Series a, Series b) {
        Optional<String> x = a.prefix().treeTag().map(LineageLinker::project);
        Optional<String> y = b.prefix().treeTag().map(LineageLinker::project);
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    private static String project(String treeTag) {
        String t = treeTag.toLowerCase(Locale.ROOT);
        return t.endsWith("-next") ? t.substring(0, t.length() - "-next".length()) : t;
    }

    private static String normalise(String subject) {
        return subject.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<Message> lead(Series s) {
        return s.coverLetter().or(() -> s.patches().stream().findFirst().map(Patch::message));
    }

    private static List<String> members(Series s) {
        List<String> ids = new ArrayList<>();
        ids.add(s.id().messageId());
        s.coverLetter().ifPresent(c -> ids.add(c.messageId()));
        s.patches().forEach(p -> ids.add(p.message().messageId()));
        s.displaced().forEach(m -> ids.add(m.messageId()));
        return ids;
    }

    private static void addLink(List<VersionLink> links, Map<SeriesId, SeriesId> parent, Series newer, Series older,
            VersionLink.Evidence evidence, String detail) {
        Series n = BY_VERSION_AND_DATE.compare(newer, older) >= 0 ? newer : older;
        Series o = n == newer ? older : newer;
        links.add(new VersionLink(n.id(), o.id(), evidence, detail));
        SeriesId a = find(parent, n.id());
        SeriesId b = find(parent, o.id());
        if (!a.equals(b)) {
            // The smaller id becomes the root, so the grouping never depends on the order of links.
            if (a.compareTo(b) < 0) {
                parent.put(b, a);
            } else {
                parent.put(a, b);
            }
        }
    }

    private static SeriesId find(Map<SeriesId, SeriesId> parent, SeriesId id) {
        SeriesId root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
