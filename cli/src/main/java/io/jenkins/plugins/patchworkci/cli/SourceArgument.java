package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.http.HttpRequest;
import io.jenkins.plugins.patchworkci.http.HttpResponse;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source named by one argument, its kind found out: a Patchwork project (its page
 * {@code https://HOST/project/NAME/} or its API), a public-inbox list ({@code https://HOST/LIST/}),
 * or a local mbox, maildir or folder of patches. A URL on lore.kernel.org is a public-inbox list; other
 * URLs that do not say what they are are asked: Patchwork answers under {@code /api/}, public-inbox
 * serves {@code new.atom}.
 *
 * @param kind what it is
 * @param location the URL or absolute path
 * @param server the Patchwork server root or archive root, for URLs
 * @param name the Patchwork project's link name or the list's name, for URLs
 */
record SourceArgument(SourceKind kind, String location, Optional<URI> server, Optional<String> name) {

    private static final Pattern PROJECT = Pattern.compile("^(.*?/)project/([^/]+)(/.*)?$");

    /** Hosts known to be public-inbox archives: their URLs are lists without asking. */
    private static final java.util.Set<String> PUBLIC_INBOX_HOSTS = java.util.Set.of("lore.kernel.org");

    static SourceArgument local(SourceKind kind, Path path) {
        return new SourceArgument(kind, path.toAbsolutePath().normalize().toString(), Optional.empty(), Optional.empty());
    }

    /**
     * Finds out what {@code arg} names.
     *
     * @param forced the kind from {@code --kind}, or null to detect it
     * @throws UsageException when it names nothing pwci can read
     * @throws IOException when a server that had to be asked could not be reached
     */
    static SourceArgument detect(String arg, SourceKind forced, HttpTransport http)
            throws UsageException, IOException, InterruptedException {
        if (!arg.matches("(?i)https?://.*")) {
            return localPath(arg, forced);
        }
        URI url;
        try {
            url = URI.create(arg);
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + arg + "' is not a URL: " + e.getMessage());
        }
        if (url.getHost() == null) {
            throw new UsageException("'" + arg + "' has no host");
        }
        String path = url.getRawPath() == null ? "/" : url.getRawPath();
        Matcher project = PROJECT.matcher(path);
        if (forced == SourceKind.patchwork || forced == null && project.matches()) {
            return patchwork(arg, url, path, project);
        }
        if (forced == SourceKind.archive) {
            return archive(arg, url, path);
        }
        if (forced != null) {
            throw new UsageException("--kind " + forced + " names a local path, not a URL: " + arg);
        }
        if (PUBLIC_INBOX_HOSTS.contains(url.getHost().toLowerCase(java.util.Locale.ROOT))) {
            // docs/cli.md: https://lore.kernel.org/LIST/ is a public-inbox list, not asked (it serves no /api/)
            return archive(arg, url, path);
        }
        if (path.contains("/api/") || path.endsWith("/api")) {
            throw new UsageException(arg + " is a Patchwork API URL without a project: add ?project=NAME "
                    + "or give the project page https://HOST/project/NAME/");
        }
        if (answers(http, url.resolve("/api/"), "\"series\"")) {
            throw new UsageException(arg + " is a Patchwork server: name a project, https://"
                    + url.getAuthority() + "/project/NAME/");
        }
        URI listUrl = url.resolve(path.endsWith("/") ? path : path + "/");
        if (answers(http, listUrl.resolve("new.atom"), "<feed")) {
            return archive(arg, url, path);
        }
        throw new UsageException(arg + " answers neither as a Patchwork project (/api/) nor as a public-inbox list"
                + " (new.atom); say which with --kind patchwork or --kind archive");
    }

    private static SourceArgument patchwork(String arg, URI url, String path, Matcher project) throws UsageException {
        String name;
        String root;
        if (project.matches()) {
            root = project.group(1);
            name = project.group(2);
        } else {
            String query = url.getRawQuery() == null ? "" : url.getRawQuery();
            Matcher q = Pattern.compile("(?:^|&)project=([^&]+)").matcher(query);
            if (!q.find()) {
                throw new UsageException(arg + " names no Patchwork project: give https://HOST/project/NAME/");
            }
            name = q.group(1);
            root = path.replaceFirst("/api(/.*)?$", "/");
        }
        URI server = url.resolve(root.endsWith("/") ? root : root + "/");
        return new SourceArgument(SourceKind.patchwork, arg, Optional.of(server), Optional.of(name));
    }

    private static SourceArgument archive(String arg, URI url, String path) throws UsageException {
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        if (parts.length < 1 || parts[parts.length - 1].isEmpty()) {
            throw new UsageException(arg + " names no list: give https://HOST/LIST/");
        }
        String list = parts[parts.length - 1];
        String prefix = String.join("/", java.util.Arrays.copyOf(parts, parts.length - 1));
        URI server = url.resolve("/" + (prefix.isEmpty() ? "" : prefix + "/"));
        return new SourceArgument(SourceKind.archive, arg, Optional.of(server), Optional.of(list));
    }

    private static SourceArgument localPath(String arg, SourceKind forced) throws UsageException, IOException {
        Path p = Path.of(arg);
        if (!Files.exists(p)) {
            throw new IOException(arg + ": no such file or directory");
        }
        if (forced == SourceKind.patchwork || forced == SourceKind.archive) {
            throw new UsageException("--kind " + forced + " needs a URL, not the path " + arg);
        }
        if (forced != null) {
            return local(forced, p);
        }
        if (Files.isRegularFile(p)) {
            return local(SourceKind.mbox, p);
        }
        if (Files.isDirectory(p.resolve("cur")) || Files.isDirectory(p.resolve("new"))) {
            return local(SourceKind.maildir, p);
        }
        try (var s = Files.list(p)) {
            if (s.anyMatch(f -> f.getFileName().toString().endsWith(".patch"))) {
                return local(SourceKind.patches, p);
            }
        }
        throw new UsageException(arg + " is a folder with neither cur/ and new/ (a maildir) nor .patch files");
    }

    /** Whether GET {@code uri} answers 200 with a body holding {@code marker}; unreachable is an error. */
    private static boolean answers(HttpTransport http, URI uri, String marker) throws IOException, InterruptedException {
        HttpResponse r = http.send(HttpRequest.get(uri));
        return r.status() == 200 && r.bodyText().contains(marker);
    }

    @Override
    public String toString() {
        return kind + " " + location;
    }
}
