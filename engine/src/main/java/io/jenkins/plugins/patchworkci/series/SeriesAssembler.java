package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assembles series from a set of messages: by threading first (In-Reply-To, References), by
 * sender, version and total within a time window for patches sent without threading (as
 * Patchwork does), with replies placed under the patch or cover letter they answer and their
 * review trailers collected.
 *
 * <p>The result depends only on the set of messages, never on their order; the same Message-ID
 * given twice counts once. It never throws on odd threads: each oddity is a {@link Note}.
 *
 * <pre>{@code
 * Assembly a = new SeriesAssembler(parsers).setTimeWindow(Duration.ofMinutes(20)).assemble(messages);
 * }</pre>
 */
public final class SeriesAssembler {

    /** Patchwork's {@code SERIES_DELAY_INTERVAL}: 20 minutes either side of the first message. */
    public static final Duration DEFAULT_TIME_WINDOW = Duration.ofMinutes(20);

    private final MessageParsers parsers;
    private Duration timeWindow = DEFAULT_TIME_WINDOW;

    public SeriesAssembler(MessageParsers parsers) {
        this.parsers = Objects.requireNonNull(parsers, "parsers");
    }

    /** How far apart unthreaded patches of one sender, version and total may be sent. */
    public SeriesAssembler setTimeWindow(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("time window must not be negative: " + window);
        }
        this.timeWindow = window;
        return this;
    }

    public Assembly assemble(Collection<Message> messages) {
        List<Note> notes = new ArrayList<>();
        TreeMap<String, ThreadMessage> byId = new TreeMap<>();
        MessageClassifier classifier = new MessageClassifier(parsers, notes::add);
        for (Message m : dedupe(messages, notes)) {
            byId.put(m.messageId(), classifier.classify(m));
        }
        ThreadGraph graph = new ThreadGraph(byId, notes::add);
        recogniseUnnumberedCovers(byId, graph, notes);

        List<SeriesDraft> drafts = new SeriesGrouping(graph, timeWindow).drafts(byId.values(), notes::add);
        return finish(byId, graph, drafts, notes);
    }

    private Assembly finish(TreeMap<String, ThreadMessage> byId, ThreadGraph graph, List<SeriesDraft> drafts, List<Note> notes) {
        // Which draft holds which member (kept or displaced), and the kept patch per displaced copy.
        Map<String, SeriesDraft> draftOf = new HashMap<>();
        Map<String, String> countsAs = new HashMap<>();
        for (SeriesDraft d : drafts) {
            d.kept().forEach(m -> draftOf.put(m.id(), d));
            for (ThreadMessage m : d.displaced) {
                draftOf.put(m.id(), d);
                if (m.role() == ThreadRole.COVER_LETTER && d.cover.isPresent()) {
                    countsAs.put(m.id(), d.cover.get().id());
                }
                // Replies to an older copy of a resent patch count for the copy kept (b4 carries
                // trailers over by patch-id the same way).
                Optional<String> patchId = m.patch().map(Patch::patchId);
                d.patches.values().stream()
                        .filter(k -> patchId.isPresent() && k.patch().map(Patch::patchId).equals(patchId))
                        .findFirst()
                        .ifPresent(k -> countsAs.put(m.id(), k.id()));
            }
        }
        Map<SeriesDraft, List<Reply>> replies = new LinkedHashMap<>();
        List<Message> unplaced = new ArrayList<>();
        List<Message> unrelated = new ArrayList<>();
        for (ThreadMessage m : byId.values().stream().sorted(ThreadMessage.BY_DATE).toList()) {
            if (m.role() == ThreadRole.UNRELATED) {
                unrelated.add(m.message());
                notes.add(new Note(Note.Kind.UNRELATED, m.id(), "neither patch, cover letter, pull request nor reply"));
                continue;
            }
            if (m.role() != ThreadRole.REPLY) {
                continue;
            }
            Optional<ThreadMessage> target = graph.ancestors(m.id()).stream().filter(ThreadMessage::isMember).findFirst();
            if (target.isEmpty()) {
                unplaced.add(m.message());
                notes.add(new Note(Note.Kind.UNPLACED_REPLY, m.id(), "its thread leads to no patch or cover letter given"));
                continue;
            }
            String countsFor = countsAs.getOrDefault(target.get().id(), target.get().id());
            List<ReviewTrailer> trailers = FollowupTrailers.of(m.message());
            List<Trailer> onTarget =
                    target.get().patch().map(Patch::trailers).orElse(List.of());
            for (ReviewTrailer t : trailers) {
                // b4: a mismatch already on the patch itself is no new information, so no mismatch.
                if (!t.senderMatches() && onTarget.stream().noneMatch(p -> AmReadyMessage.same(p, t.trailer()))) {
                    notes.add(new Note(Note.Kind.TRAILER_SENDER_MISMATCH, m.id(), "'" + t.trailer()
                            + "' does not name the sender " + t.sender() + "; kept, not applied unless asked"));
                }
            }
            replies.computeIfAbsent(draftOf.get(target.get().id()), k -> new ArrayList<>())
                    .add(new Reply(m.message(), countsFor, trailers));
        }

        Map<String, List<Note>> notesByMessage = new HashMap<>();
        notes.forEach(n -> notesByMessage.computeIfAbsent(n.messageId(), k -> new ArrayList<>()).add(n));
        List<Series> series = new ArrayList<>();
        for (SeriesDraft d : drafts) {
            List<Reply> rs = replies.getOrDefault(d, List.of());
            Set<String> ids = new HashSet<>();
            d.kept().forEach(m -> ids.add(m.id()));
            d.displaced.forEach(m -> ids.add(m.id()));
            rs.forEach(r -> ids.add(r.message().messageId()));
            List<Note> own = ids.stream().flatMap(id -> notesByMessage.getOrDefault(id, List.of()).stream())
                    .sorted(Note.ORDER).distinct().toList();
            series.add(d.toSeries(rs, own, parsers));
        }
        series.sort(Comparator.comparing(Series::date).thenComparing(Series::id));
        return new Assembly(series, unplaced, unrelated, notes.stream().sorted(Note.ORDER).distinct().toList());
    }

    /** One message per Message-ID; which copy is kept depends on content only, never on order. */
    private static Collection<Message> dedupe(Collection<Message> messages, List<Note> notes) {
        Map<String, List<Message>> byId = new TreeMap<>();
        for (Message m : messages) {
            byId.computeIfAbsent(m.messageId(), k -> new ArrayList<>()).add(m);
        }
        List<Message> out = new ArrayList<>();
        for (Map.Entry<String, List<Message>> e : byId.entrySet()) {
            List<Message> copies = e.getValue();
            copies.sort(CONTENT_ORDER);
            out.add(copies.get(0));
            if (copies.size() > 1) {
                boolean identical = copies.stream().allMatch(c -> CONTENT_ORDER.compare(c, copies.get(0)) == 0);
                notes.add(new Note(Note.Kind.DUPLICATE_MESSAGE_ID, e.getKey(), "delivered " + copies.size()
                        + " times" + (identical ? "; one copy kept" : "; the copies differ, one is kept by content order")));
            }
        }
        return out;
    }

    /** A total order on every field, so the copy kept never depends on which came first. */
    private static final Comparator<Message> CONTENT_ORDER = Comparator.comparing(Message::subject)
            .thenComparing(m -> m.info().date())
            .thenComparing(m -> m.from().name())
            .thenComparing(m -> m.from().email())
            .thenComparing(m -> m.inReplyTo().orElse(""))
            .thenComparing(m -> String.join(" ", m.references()))
            .thenComparing(m -> m.info().author())
            .thenComparing(m -> m.info().email())
            .thenComparing(m -> m.info().subject())
            .thenComparing(m -> m.info().message())
            .thenComparing((a, b) -> Arrays.compare(a.info().patch(), b.info().patch()));

    /**
     * b4's fallback: a patch's parent without {@code 0/N}, without a diff, with a diffstat (or a
     * thread root from the same author) is the cover letter. It takes the patch's version and total.
     */
    private static void recogniseUnnumberedCovers(Map<String, ThreadMessage> byId, ThreadGraph graph, List<Note> notes) {
        for (ThreadMessage patch : List.copyOf(byId.values())) {
            if (patch.role() != ThreadRole.PATCH || !patch.prefix().hasCounter()) {
                continue;
            }
            Optional<ThreadMessage> parent = graph.parent(patch.id()).map(p -> byId.get(p.id()));
            if (parent.isPresent() && (parent.get().role() == ThreadRole.REPLY || parent.get().role() == ThreadRole.UNRELATED)
                    && MessageClassifier.isUnnumberedCover(parent.get(), patch)) {
                SubjectPrefix p = patch.prefix();
                ThreadMessage cover = parent.get();
                byId.put(cover.id(), new ThreadMessage(cover.message(), ThreadRole.COVER_LETTER,
                        new SubjectPrefix(cover.prefix().words(), p.treeTag(), p.version(), 0, p.total(), p.rfc(),
                                p.resend(), cover.prefix().pull()),
                        Optional.empty(), cover.date()));
                notes.add(new Note(Note.Kind.COVER_LETTER_WITHOUT_COUNTER, cover.id(),
                        "taken as the cover letter of <" + patch.id() + ">: no 0/N, but patches reply to it"));
            }
        }
    }

}
