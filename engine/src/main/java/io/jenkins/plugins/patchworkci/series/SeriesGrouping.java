package io.jenkins.plugins.patchworkci.series;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Which patches and cover letters form one series: by threading first, then, for messages sent
 * without any threading, by sender, version and total within a time window as Patchwork does.
 */
final class SeriesGrouping {

    private final ThreadGraph graph;
    private final Duration timeWindow;

    SeriesGrouping(ThreadGraph graph, Duration timeWindow) {
        this.graph = graph;
        this.timeWindow = timeWindow;
    }

    /** One draft per series found among the members (patches, cover letters, pull requests). */
    List<SeriesDraft> drafts(Collection<ThreadMessage> messages, Consumer<Note> notes) {
        Map<String, List<ThreadMessage>> groups = new TreeMap<>();
        List<ThreadMessage> windowCandidates = new ArrayList<>();
        for (ThreadMessage m : messages) {
            if (!m.isMember()) {
                continue;
            }
            groups.computeIfAbsent(groupKey(m, graph, new HashSet<>()), k -> new ArrayList<>()).add(m);
        }
        // A numbered patch or cover letter alone in its group, with no thread above or below it,
        // was sent without threading: grouped by sender, version, total and time instead.
        groups.values().removeIf(members -> {
            ThreadMessage only = members.get(0);
            boolean unthreaded = members.size() == 1 && graph.declaredParent(only.id()).isEmpty()
                    && (only.role() == ThreadRole.COVER_LETTER
                            || only.role() == ThreadRole.PATCH && only.prefix().hasCounter());
            if (unthreaded) {
                windowCandidates.add(only);
            }
            return unthreaded;
        });

        List<SeriesDraft> drafts = new ArrayList<>();
        for (List<ThreadMessage> members : groups.values()) {
            drafts.add(new SeriesDraft(members, members.size() == 1 && members.get(0).role() != ThreadRole.COVER_LETTER
                    ? Grouping.SINGLE : Grouping.THREAD, notes));
        }
        for (List<ThreadMessage> cluster : timeWindowClusters(windowCandidates)) {
            if (cluster.size() > 1) {
                for (ThreadMessage m : cluster) {
                    notes.accept(new Note(Note.Kind.GROUPED_BY_TIME_WINDOW, m.id(), "not threaded; grouped with "
                            + (cluster.size() - 1) + " other message(s) from " + m.authorEmail() + " with version "
                            + m.version() + " and total " + m.prefix().total() + " sent within " + timeWindow.toMinutes()
                            + " minutes of <" + cluster.get(0).id() + ">"));
                }
            }
            drafts.add(new SeriesDraft(cluster, cluster.size() > 1 ? Grouping.TIME_WINDOW : Grouping.SINGLE, notes));
        }
        return drafts;
    }

    /**
     * The group a member belongs to by threading. Walking up from the member, same-version patches
     * and cover letters are followed to the top; a cover letter ends the walk. A numbered patch whose
     * top replies (directly or through replies) to a patch or cover letter joins that message's
     * series when the version and sender are the same (a resend), or forms, with the same sender's other patches
     * of its version there, the series of that version in the thread (b4's revisions in a thread,
     * and partial rerolls: "[PATCH v2 3/5]" sent in reply to v1's 3/5).
     */
    private static String groupKey(ThreadMessage m, ThreadGraph graph, Set<String> visiting) {
        if (m.role() == ThreadRole.PULL_REQUEST || !visiting.add(m.id())) {
            return "S:" + m.id();
        }
        ThreadMessage top = m;
        if (m.role() == ThreadRole.COVER_LETTER || m.prefix().hasCounter()) {
            for (ThreadMessage a : graph.ancestors(m.id())) {
                if (top.role() == ThreadRole.COVER_LETTER || a.version() != m.version()) {
                    break;
                }
                boolean cover = a.role() == ThreadRole.COVER_LETTER && m.role() == ThreadRole.PATCH;
                boolean chainedPatch = a.role() == ThreadRole.PATCH && a.prefix().hasCounter();
                if (!cover && !chainedPatch) {
                    break;
                }
                top = a;
            }
        }
        if (top.role() == ThreadRole.COVER_LETTER) {
            return "T:" + top.id();
        }
        if (!top.prefix().hasCounter()) {
            return "S:" + m.id();
        }
        Optional<ThreadMessage> member = graph.ancestors(top.id()).stream()
                .filter(a -> a.role() == ThreadRole.PATCH || a.role() == ThreadRole.COVER_LETTER)
                .findFirst();
        if (member.isPresent()) {
            String under = groupKey(member.get(), graph, visiting);
            boolean resend = member.get().version() == m.version() && !under.startsWith("S:")
                    && member.get().authorEmail().equals(m.authorEmail());
            return resend ? under : "R:" + under + "|v" + m.version() + "|" + m.authorEmail();
        }
        Optional<String> above = graph.declaredParent(top.id());
        if (above.isPresent()) {
            // Patches replying to one message that is not among those given (a lost cover letter,
            // a discussion elsewhere): one series per sender and version under it.
            return "U:" + above.get() + "|v" + m.version() + "|" + m.authorEmail();
        }
        return "T:" + top.id();
    }

    /**
     * Patchwork's grouping of unthreaded patches: same sender, version and total; a series starts
     * at its oldest message and takes later ones sent within the window whose number it does not
     * have yet.
     */
    private List<List<ThreadMessage>> timeWindowClusters(List<ThreadMessage> candidates) {
        Map<String, List<ThreadMessage>> byMarkers = new TreeMap<>();
        for (ThreadMessage m : candidates) {
            byMarkers.computeIfAbsent(m.authorEmail() + "|" + m.version() + "|" + m.prefix().total(), k -> new ArrayList<>())
                    .add(m);
        }
        List<List<ThreadMessage>> clusters = new ArrayList<>();
        for (List<ThreadMessage> same : byMarkers.values()) {
            same.sort(ThreadMessage.BY_DATE);
            List<ThreadMessage> current = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (ThreadMessage m : same) {
                int number = m.role() == ThreadRole.COVER_LETTER ? 0 : m.prefix().index();
                boolean fits = !current.isEmpty()
                        && Duration.between(current.get(0).date(), m.date()).compareTo(timeWindow) <= 0
                        && !numbers.contains(number);
                if (!fits && !current.isEmpty()) {
                    clusters.add(current);
                    current = new ArrayList<>();
                    numbers = new HashSet<>();
                }
                current.add(m);
                numbers.add(number);
            }
            if (!current.isEmpty()) {
                clusters.add(current);
            }
        }
        return clusters;
    }
}
