package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The members of one series before its replies are placed: decides cover letter, patch per number
 * (newest copy wins, the others displaced with a note), total, what is missing.
 */
final class SeriesDraft {

    final Grouping grouping;
    final Optional<ThreadMessage> cover;
    final Optional<ThreadMessage> pull;
    final TreeMap<Integer, ThreadMessage> patches = new TreeMap<>();
    final List<ThreadMessage> displaced = new ArrayList<>();
    final int total;
    final int version;
    final List<Integer> missing = new ArrayList<>();

    SeriesDraft(List<ThreadMessage> members, Grouping grouping, Consumer<Note> notes) {
        this.grouping = grouping;
        List<ThreadMessage> sorted = members.stream().sorted(ThreadMessage.BY_DATE).toList();
        List<ThreadMessage> covers = sorted.stream().filter(m -> m.role() == ThreadRole.COVER_LETTER).toList();
        this.cover = covers.isEmpty() ? Optional.empty() : Optional.of(covers.get(covers.size() - 1));
        for (ThreadMessage older : covers.subList(0, Math.max(0, covers.size() - 1))) {
            displaced.add(older);
            notes.accept(new Note(Note.Kind.DUPLICATE_COVER_LETTER, older.id(),
                    "a newer cover letter <" + cover.get().id() + "> for the same series is kept"));
        }
        this.pull = sorted.stream().filter(m -> m.role() == ThreadRole.PULL_REQUEST).findFirst();
        sorted.stream().filter(m -> m.role() == ThreadRole.PULL_REQUEST).skip(1).forEach(displaced::add);

        Map<Integer, List<ThreadMessage>> byIndex = new TreeMap<>();
        for (ThreadMessage m : sorted) {
            if (m.role() != ThreadRole.PATCH) {
                continue;
            }
            SubjectPrefix p = m.prefix();
            int index = p.hasCounter() ? p.index() : 1;
            if (index <= 0) {
                displaced.add(m);
                notes.accept(new Note(Note.Kind.PATCH_NUMBERED_ZERO, m.id(),
                        "carries a diff but is numbered " + index + ", the cover letter's number; not applied"));
                continue;
            }
            byIndex.computeIfAbsent(index, k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Integer, List<ThreadMessage>> e : byIndex.entrySet()) {
            List<ThreadMessage> copies = e.getValue();
            ThreadMessage newest = copies.get(copies.size() - 1);
            patches.put(e.getKey(), newest);
            for (ThreadMessage older : copies.subList(0, copies.size() - 1)) {
                displaced.add(older);
                boolean same = older.patch().map(Patch::patchId).equals(newest.patch().map(Patch::patchId));
                if (same) {
                    notes.accept(new Note(Note.Kind.RESENT, older.id(), "patch " + e.getKey()
                            + " was sent again as <" + newest.id() + "> (same patch-id); the newest copy is kept"));
                } else {
                    notes.accept(new Note(Note.Kind.CONFLICTING_INDEX, older.id(), "patch " + e.getKey()
                            + " is also claimed by <" + newest.id() + "> with a different diff; the newest is kept"));
                }
            }
        }

        ThreadMessage lead = cover.or(() -> pull).orElseGet(() -> patches.isEmpty() ? sorted.get(0) : patches.firstEntry().getValue());
        this.version = lead.version();
        this.total = decideTotal(notes);
        for (int i = 1; i <= total; i++) {
            if (!patches.containsKey(i) && pull.isEmpty()) {
                missing.add(i);
            }
        }
    }

    private int decideTotal(Consumer<Note> notes) {
        if (pull.isPresent() && patches.isEmpty()) {
            return 0;
        }
        List<ThreadMessage> counted = new ArrayList<>();
        cover.ifPresent(counted::add);
        patches.values().stream().filter(m -> m.prefix().hasCounter()).forEach(counted::add);
        int declared;
        if (counted.isEmpty()) {
            declared = 1; // lone patch
        } else if (cover.isPresent()) {
            declared = cover.get().prefix().total();
        } else {
            // The most common total among the patches; ties go to the larger, which hides nothing.
            Map<Integer, Long> votes = new TreeMap<>();
            counted.forEach(m -> votes.merge(m.prefix().total(), 1L, Long::sum));
            declared = votes.entrySet().stream()
                    .max(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
        }
        for (ThreadMessage m : counted) {
            if (m.prefix().total() == 0) {
                notes.accept(new Note(Note.Kind.ZERO_TOTAL, m.id(), "counter says the series has 0 patches"));
            } else if (m.prefix().total() != declared) {
                notes.accept(new Note(Note.Kind.MIXED_TOTALS, m.id(), "says the series has " + m.prefix().total()
                        + " patches; the series says " + declared));
            }
        }
        int highest = patches.isEmpty() ? 0 : patches.lastKey();
        for (Map.Entry<Integer, ThreadMessage> e : patches.entrySet()) {
            if (declared > 0 && e.getKey() > declared) {
                notes.accept(new Note(Note.Kind.INDEX_BEYOND_TOTAL, e.getValue().id(),
                        "numbered " + e.getKey() + " of " + declared + "; the series is taken to have " + highest));
            }
        }
        return Math.max(declared, highest);
    }

    /** Members kept (cover letter, pull request, patches), for id, date and metadata. */
    List<ThreadMessage> kept() {
        List<ThreadMessage> out = new ArrayList<>();
        cover.ifPresent(out::add);
        pull.ifPresent(out::add);
        out.addAll(patches.values());
        return out;
    }

    ThreadMessage lead() {
        return cover.or(() -> pull).orElseGet(() -> patches.isEmpty() ? displaced.get(0) : patches.firstEntry().getValue());
    }

    Instant date() {
        return kept().stream().map(ThreadMessage::date).min(Comparator.naturalOrder()).orElse(lead().date());
    }

    /** The series, its touched paths read once here, through the parsers seam. */
    Series toSeries(List<Reply> replies, List<Note> notes, MessageParsers parsers) {
        ThreadMessage lead = lead();
        List<String> texts = new ArrayList<>();
        cover.or(() -> pull).ifPresent(m -> texts.add(MailBody.of(m.message())));
        patches.values().forEach(m -> texts.add(MailBody.of(m.message())));
        SeriesMetadata metadata = SeriesMetadata.read(texts)
                .withPatchLines(patches.values().stream().map(m -> m.patch().orElseThrow()).toList());
        Optional<PullRequest> pullRequest = pull.or(() -> cover.filter(c -> c.prefix().pull()
                        || PullRequest.looksLikeRequestPull(MailBody.of(c.message()))))
                .flatMap(m -> PullRequest.parse(MailBody.of(m.message())));
        List<Patch> kept = patches.values().stream().map(m -> m.patch().orElseThrow()).toList();
        List<Message> others = displaced.stream().sorted(ThreadMessage.BY_DATE).map(ThreadMessage::message).toList();
        // The cover letter's prefix words, else the first patch's (a pull request without a cover has none).
        List<String> prefixWords = cover.map(c -> c.prefix().words())
                .orElse(kept.isEmpty() ? List.of() : kept.get(0).prefix().words());
        Set<String> touched = new LinkedHashSet<>();
        kept.forEach(p -> touched.addAll(parsers.touchedPaths(p)));
        return new Series(new SeriesId(lead.id()), version, total, lead.message().info().subject(), lead.prefix(),
                lead.message().from(), date(), cover.map(ThreadMessage::message), kept, missing, grouping,
                pullRequest, metadata, replies, others, notes, prefixWords, touched);
    }
}
