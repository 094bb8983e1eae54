package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.patchwork.PatchQuery;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkNotFoundException;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkPatch;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.patchwork.PatchRef;
import io.jenkins.plugins.patchworkci.route.CompanionFinder;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.series.Assembly;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One scan of a Patchwork project: reads the series and patches of the last {@code maxAge + lookback},
 * each new series' cover letter and patches as mail, and plans the heads ({@link HeadPlanner}).
 *
 * <p>Requests: the series list and the patch list (250 per page), plus two mbox downloads per series
 * not yet in the {@link SeriesCache}. The extra {@code lookback} reads older versions so that a lineage
 * keeps the name of its first version while its newest is within {@code maxAge}; of the older series,
 * only those from a sender with a recent series are downloaded.
 *
 * <p>Failure: anything but a series deleted meanwhile (404 on its mbox, skipped with a reason) raises a
 * {@link ScanFailedException}; a scan never answers with fewer heads because Patchwork was unreachable,
 * refused the token, or sent something unreadable. A series whose mail does not parse is skipped with a
 * reason and does not stop the others.
 */
public final class SeriesScan {

    /** How far before the filter's window older versions are read, to link lineages. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

    private final PatchworkClient client;
    private final String project;
    private RoutingConfig routing;
    @Nullable
    private Maintainers maintainers;
    private ScanFilter filter = ScanFilter.ALL;
    private FinalStates finalStates = FinalStates.DEFAULT;
    private Duration lookback = DEFAULT_LOOKBACK;
    private Clock clock = Clock.systemUTC();
    private SeriesCache cache = new SeriesCache(1);
    private final SeriesReader reader = SeriesReader.withDefaults();

    public SeriesScan(PatchworkClient client, String project, RoutingConfig routing) {
        this.client = Objects.requireNonNull(client, "client");
        this.project = Objects.requireNonNull(project, "project");
        this.routing = Objects.requireNonNull(routing, "routing");
    }

    /** The kernel's MAINTAINERS for quick routing, or null to route by tags alone. */
    public SeriesScan setMaintainers(@Nullable Maintainers value) {
        this.maintainers = value;
        return this;
    }

    public SeriesScan setFilter(ScanFilter value) {
        this.filter = Objects.requireNonNull(value, "filter");
        return this;
    }

    public SeriesScan setFinalStates(FinalStates value) {
        this.finalStates = Objects.requireNonNull(value, "finalStates");
        return this;
    }

    public SeriesScan setLookback(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("lookback must not be negative: " + value);
        }
        this.lookback = value;
        return this;
    }

    public SeriesScan setClock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    public SeriesScan setCache(SeriesCache value) {
        this.cache = Objects.requireNonNull(value, "cache");
        return this;
    }

    public ScanResult call() throws ScanFailedException, InterruptedException {
        Instant now = clock.instant();
        Instant since = now.minus(filter.maxAge()).minus(lookback);
        List<PatchworkSeries> series;
        Map<Long, PatchworkPatch> patches = new HashMap<>();
        try {
            series = client.seriesList(project, since);
            for (PatchworkPatch p : client.patches(PatchQuery.inProject(project).withSince(since))) {
                patches.put(p.id(), p);
            }
        } catch (IOException e) {
            throw failed("could not list the series and patches", e);
        }
        List<Skipped> skipped = new ArrayList<>();
        List<ScannedSeries> scanned = new ArrayList<>();
        // Older series are read only to find earlier versions of recent ones, and versions come from
        // the same sender: read only those, not weeks of a busy list's mail.
        Instant recent = now.minus(filter.maxAge());
        java.util.Set<String> recentSenders = new java.util.HashSet<>();
        for (PatchworkSeries s : series) {
            if (s.date() != null && !s.date().isBefore(recent) && s.submitter() != null && s.submitter().email() != null) {
                recentSenders.add(s.submitter().email().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (PatchworkSeries s : series) {
            boolean old = s.date() != null && s.date().isBefore(recent);
            if (old && (s.submitter() == null || s.submitter().email() == null
                    || !recentSenders.contains(s.submitter().email().toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("scan of " + client.server() + " " + project + " interrupted");
            }
            Optional<Series> read = read(s, skipped);
            if (read.isEmpty()) {
                continue;
            }
            List<PatchworkPatch> own = s.patches().stream().map(PatchRef::id).map(patches::get)
                    .filter(Objects::nonNull).toList();
            scanned.add(new ScannedSeries(s, read.get(), own));
        }
        ScanResult planned = new HeadPlanner(new Router(routing.trees(), maintainers), filter, finalStates,
                new CompanionFinder(routing)).plan(scanned, now);
        List<Skipped> all = new ArrayList<>(skipped);
        all.addAll(planned.skipped());
        return new ScanResult(planned.heads(), all);
    }

    private Optional<Series> read(PatchworkSeries s, List<Skipped> skipped) throws ScanFailedException, InterruptedException {
        Series cached = cache.get(s.id());
        if (cached != null) {
            return Optional.of(cached);
        }
        String what = "Patchwork series " + s.id() + " '" + s.name() + "'";
        byte[] mail;
        try {
            mail = client.seriesMail(s);
        } catch (PatchworkNotFoundException gone) {
            skipped.add(new Skipped(what, "deleted from Patchwork while scanning (404)"));
            return Optional.empty();
        } catch (IOException e) {
            throw failed("could not download the mail of " + what, e);
        }
        Assembly assembly;
        try {
            assembly = SeriesReader.assemble(reader.read(mail, "series-" + s.id() + ".mbox").messages());
        } catch (IOException | RuntimeException e) {
            skipped.add(new Skipped(what, "its mail could not be read: " + e.getMessage()));
            return Optional.empty();
        }
        String lead = s.coverLetter() != null ? s.coverLetter().messageId()
                : s.patches().isEmpty() ? "" : s.patches().get(0).messageId();
        Optional<Series> found = assembly.seriesOf(lead).or(() -> assembly.series().stream().findFirst());
        if (found.isEmpty()) {
            skipped.add(new Skipped(what, "its mail holds no series (" + assembly.unrelated().size()
                    + " unrelated message(s))"));
            return Optional.empty();
        }
        if (s.receivedAll()) {
            cache.put(s.id(), found.get());
        }
        return found;
    }

    private ScanFailedException failed(String what, IOException cause) {
        return new ScanFailedException("scan of Patchwork " + client.server() + " project " + project + " failed: "
                + what + ": " + cause.getMessage() + " (no head was changed)", cause);
    }
}
