package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.inbox.LoreLink;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxClient;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchRef;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkNotFoundException;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the series one argument names: a Patchwork series URL (or a project plus {@code --id N}),
 * a Message-ID looked up in the archive, an archive thread URL, or a local mbox, maildir or
 * folder of patches (with {@code --id} to choose among several series there).
 */
final class SeriesArgument {

    /** {@code /api/1.3/series/6/}, {@code /series/6/}, {@code /series/6/mbox/}. */
    private static final Pattern SERIES_PATH = Pattern.compile("^(.*?/)(?:api/(?:[0-9.]+/)?)?series/(\\d+)(/.*)?$");
    private static final Pattern SERIES_QUERY = Pattern.compile("(?:^|&)series=(\\d+)(?:&|$)");
    private static final Pattern PROJECT_PATH = Pattern.compile("^(.*?/)project/[^/]+(/.*)?$");

    private final HttpTransport http;
    private final Optional<ApiToken> token;
    private final URI archive;

    /**
     * @param archive where Message-IDs are looked up, a public-inbox list URL such as
     *     {@code https://lore.kernel.org/all/}
     */
    SeriesArgument(HttpTransport http, Optional<ApiToken> token, URI archive) {
        this.http = http;
        this.token = token;
        this.archive = archive;
    }

    /**
     * @param arg what was given
     * @param id the {@code --id}: a Patchwork series id, or a local series' short hash or Message-ID; or null
     */
    FoundSeries find(String arg, String id) throws UsageException, IOException, InterruptedException {
        if (arg.matches("(?i)https?://.*")) {
            return url(arg, id);
        }
        Path p = Path.of(arg);
        if (Files.exists(p)) {
            SourceArgument local = SourceArgument.detect(arg, null, http);
            MailSeries mail = new MailSeries().addLocal(local.kind(), p);
            return choose(mail, SeriesOrigin.mail(local.toString()), id, arg);
        }
        String msgid = bare(arg.strip());
        if (!msgid.contains("@") || msgid.contains(" ")) {
            throw new UsageException("'" + arg + "' is neither a file, a URL nor a Message-ID");
        }
        return thread(archiveLink(msgid), msgid);
    }

    private FoundSeries url(String arg, String id) throws UsageException, IOException, InterruptedException {
        URI u = URI.create(arg);
        String path = u.getRawPath() == null ? "/" : u.getRawPath();
        Matcher series = SERIES_PATH.matcher(path);
        if (series.matches()) {
            return patchwork(u.resolve(series.group(1)), Long.parseLong(series.group(2)));
        }
        Matcher project = PROJECT_PATH.matcher(path);
        if (project.matches()) {
            Matcher q = SERIES_QUERY.matcher(u.getRawQuery() == null ? "" : u.getRawQuery());
            String n = q.find() ? q.group(1) : id;
            if (n == null || !n.matches("\\d+")) {
                throw new UsageException(arg + " is a Patchwork project: name the series with --id N (see pwci series)");
            }
            return patchwork(u.resolve(project.group(1)), Long.parseLong(n));
        }
        LoreLink link;
        try {
            link = LoreLink.parse(arg);
        } catch (IllegalArgumentException e) {
            throw new UsageException(arg + " is neither a Patchwork series nor an archive message URL: " + e.getMessage());
        }
        return thread(link, link.messageId());
    }

    private LoreLink archiveLink(String msgid) throws UsageException {
        String path = archive.getRawPath() == null ? "" : archive.getRawPath().replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
            throw new UsageException("--archive " + archive + " names no list; e.g. https://lore.kernel.org/all/");
        }
        int slash = path.lastIndexOf('/');
        URI server = archive.resolve("/" + (slash < 0 ? "" : path.substring(0, slash + 1)));
        return new LoreLink(server, path.substring(slash + 1), msgid);
    }

    private FoundSeries thread(LoreLink link, String msgid) throws UsageException, IOException, InterruptedException {
        byte[] mbox = new PublicInboxClient(link.server(), http).thread(link);
        MailSeries mail = new MailSeries().add(mbox, link.messageUri().toString());
        List<Series> all = mail.series();
        Optional<Series> hit = all.stream().filter(s -> contains(s, msgid)).findFirst();
        if (hit.isEmpty() && all.isEmpty()) {
            throw new UsageException("the thread of <" + msgid + "> at " + link.server() + " holds no patch series");
        }
        Series s = hit.orElse(all.get(all.size() - 1)); // a reply's Message-ID: the newest version in its thread
        return new FoundSeries(s, SeriesOrigin.mail("archive " + link.server() + link.list()), mail.recipients(),
                mail.problems());
    }

    private static boolean contains(Series s, String msgid) {
        return s.id().messageId().equals(msgid)
                || s.coverLetter().map(c -> c.messageId().equals(msgid)).orElse(false)
                || s.patches().stream().anyMatch(p -> p.message().messageId().equals(msgid));
    }

    private FoundSeries patchwork(URI server, long id) throws UsageException, IOException, InterruptedException {
        PatchworkClient client = new PatchworkClient(server, http, token.orElse(null));
        PatchworkSeries ps;
        try {
            ps = client.series(id);
        } catch (PatchworkNotFoundException e) {
            throw new UsageException("Patchwork at " + client.server() + " has no series " + id);
        }
        // Not PatchworkClient.seriesMail (the plugin's one mbox of cover and patches): pwci reads the two mboxes
        // apart, so a cover letter Patchwork cannot serve leaves the patches usable (seriesMail fails then), and
        // a message that does not parse is named by the mbox it came from.
        MailSeries mail = new MailSeries();
        List<String> problems = new java.util.ArrayList<>();
        if (ps.coverLetter() != null) {
            // The series mbox leaves the cover letter out; it carries the series' subject and base-commit.
            try {
                mail.add(client.coverMbox(ps.coverLetter()), "Patchwork cover letter " + ps.coverLetter().id());
            } catch (HttpStatusException e) {
                // The patches are what gets applied: go on without the cover letter, and say so.
                problems.add("Patchwork series " + id + ": cover letter " + ps.coverLetter().id()
                        + " not fetched (" + e.getMessage() + "); using the patches alone");
            }
        }
        mail.add(client.seriesMbox(ps), "Patchwork series " + id);
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        for (PatchRef p : ps.patches()) {
            ids.put(p.messageId(), p.id());
            if (p.webUrl() != null) {
                urls.put(p.messageId(), p.webUrl());
            }
        }
        SeriesOrigin origin = new SeriesOrigin("patchwork " + client.server() + " " + ps.project().linkName(),
                Optional.of(ps.project().linkName()), Optional.of(id), Optional.ofNullable(ps.webUrl()), ids, urls,
                Optional.empty());
        List<Series> all = mail.series();
        if (all.isEmpty()) {
            throw new IOException("Patchwork series " + id + ": its mbox holds no patches");
        }
        Series s = all.stream().filter(x -> x.patches().stream().anyMatch(p -> ids.containsKey(p.message().messageId())))
                .findFirst().orElse(all.get(0));
        problems.addAll(mail.problems());
        return new FoundSeries(s, origin, mail.recipients(), problems);
    }

    private static FoundSeries choose(MailSeries mail, SeriesOrigin origin, String id, String arg) throws UsageException {
        List<Series> all = mail.series();
        if (all.isEmpty()) {
            throw new UsageException(arg + " holds no patch series"
                    + (mail.problems().isEmpty() ? "" : " (" + String.join("; ", mail.problems()) + ")"));
        }
        List<Series> hits = all;
        if (id != null) {
            String want = bare(id.strip());
            hits = all.stream().filter(s -> s.id().shortHash().startsWith(want) || contains(s, want)).toList();
            if (hits.isEmpty()) {
                throw new UsageException(arg + " has no series " + id + "; it has: " + names(all));
            }
        }
        if (hits.size() > 1) {
            throw new UsageException(arg + " holds " + hits.size() + " series; choose one with --id: " + names(hits));
        }
        return new FoundSeries(hits.get(0), origin, mail.recipients(), mail.problems());
    }

    /** A Message-ID as typed, without its angle brackets. */
    static String bare(String messageId) {
        String m = messageId.strip();
        return m.startsWith("<") && m.endsWith(">") ? m.substring(1, m.length() - 1) : m;
    }

    private static String names(List<Series> all) {
        return all.stream().map(s -> s.id().shortHash() + " ([v" + s.version() + "] " + s.subject() + ")")
                .collect(Collectors.joining(", "));
    }
}
