package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.inbox.AtomEntry;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxClient;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchQuery;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkPatch;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.patchwork.SeriesRef;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Lists the series a source holds: Patchwork's series list (with its patches' states), the newest
 * messages of a public-inbox list, or every series of a local mailbox, newest last.
 */
final class SeriesLister {

    private final HttpTransport http;
    private final Optional<ApiToken> token;
    private final List<Tree> trees;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param trees the configured trees, whose tags name a series' tree
     */
    SeriesLister(HttpTransport http, Optional<ApiToken> token, List<Tree> trees) {
        this.http = http;
        this.token = token;
        this.trees = List.copyOf(trees);
    }

    /** Messages or answers that could not be used, each with the reason. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * @param since for servers: series dated at or after this
     * @param limit the newest this many
     * @param progress told each message fetched from an archive
     */
    List<ListedSeries> list(SourceArgument source, Instant since, int limit, IntConsumer progress)
            throws IOException, InterruptedException {
        List<ListedSeries> all = switch (source.kind()) {
            case patchwork -> patchwork(source, since);
            case archive -> archive(source, limit, progress);
            default -> local(source);
        };
        return all.size() > limit ? all.subList(all.size() - limit, all.size()) : all;
    }

    private List<ListedSeries> patchwork(SourceArgument source, Instant since) throws IOException, InterruptedException {
        PatchworkClient client = new PatchworkClient(source.server().orElseThrow(), http, token.orElse(null));
        String project = source.name().orElseThrow();
        List<PatchworkSeries> series = client.seriesList(project, since);
        Map<Long, List<PatchworkPatch>> patches = new HashMap<>();
        for (PatchworkPatch p : client.patches(PatchQuery.inProject(project).withSince(since))) {
            for (SeriesRef s : p.series()) {
                patches.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ListedSeries> out = new ArrayList<>();
        for (PatchworkSeries s : series) {
            List<PatchworkPatch> mine = patches.getOrDefault(s.id(), List.of());
            Set<String> states = new LinkedHashSet<>();
            mine.forEach(p -> states.add(p.state()));
            String tag = s.coverLetter() != null ? tag(bracketWords(s.coverLetter().name()))
                    : mine.isEmpty() ? tag(bracketWords(s.name())) : tag(bracketWords(mine.get(0).name()));
            String msgid = s.coverLetter() != null ? s.coverLetter().messageId()
                    : mine.isEmpty() ? "" : mine.get(0).messageId();
            List<Integer> missing = new ArrayList<>();
            for (int i = s.receivedTotal() + 1; i <= s.total(); i++) {
                missing.add(i); // Patchwork says how many, not which: the last ones are the best guess
            }
            out.add(new ListedSeries(Long.toString(s.id()), msgid, s.version(), s.name(),
                    s.submitter() == null ? "" : person(s.submitter().name(), s.submitter().email()),
                    s.receivedTotal(), s.total(), missing, tag, String.join("/", states)));
        }
        return out;
    }

    private List<ListedSeries> archive(SourceArgument source, int limit, IntConsumer progress)
            throws IOException, InterruptedException {
        PublicInboxClient client = new PublicInboxClient(source.server().orElseThrow(), http);
        String list = source.name().orElseThrow();
        List<AtomEntry> entries = client.atom(list);
        MailSeries mail = new MailSeries();
        int n = 0;
        for (AtomEntry e : entries) {
            if (!e.title().matches("(?i)^\\s*\\[[^]]*(PATCH|PULL|RFC)[^]]*].*")) {
                continue; // replies and discussion: not series
            }
            mail.add(client.raw(list, e.messageId()), list + " <" + e.messageId() + ">");
            progress.accept(++n);
            if (n >= limit * 8) {
                break;
            }
        }
        problems.addAll(mail.problems());
        return fromMail(mail.series());
    }

    private List<ListedSeries> local(SourceArgument source) throws IOException, InterruptedException {
        MailSeries mail = new MailSeries().addLocal(source.kind(), Path.of(source.location()));
        problems.addAll(mail.problems());
        return fromMail(mail.series());
    }

    private List<ListedSeries> fromMail(List<Series> series) {
        List<ListedSeries> out = new ArrayList<>();
        for (Series s : series) {
            out.add(new ListedSeries(s.id().shortHash(), s.id().messageId(), s.version(), s.subject(),
                    person(s.author().name(), s.author().email()), s.patches().size(), s.total(), s.missing(),
                    tag(s.prefixWords()), ""));
        }
        return out;
    }

    /** The first word that names a configured tree. */
    private String tag(List<String> words) {
        for (String w : words) {
            for (Tree t : trees) {
                if (t.taggedBy(w)) {
                    return w.toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return "";
    }

    /** Patchwork's names keep the prefix as {@code [net-next,v2,1/3]}: its words. */
    static List<String> bracketWords(String name) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*\\[([^]]*)]").matcher(name == null ? "" : name);
        if (m.find()) {
            for (String w : m.group(1).split("[,\\s]+")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static String person(String name, String email) {
        return name == null || name.isBlank() ? email : name + " <" + email + ">";
    }
}
