package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import io.jenkins.plugins.patchworkci.inbox.DirectorySource;
import io.jenkins.plugins.patchworkci.inbox.FileCursorStore;
import io.jenkins.plugins.patchworkci.inbox.FileSetCursor;
import io.jenkins.plugins.patchworkci.inbox.MboxFileCursor;
import io.jenkins.plugins.patchworkci.inbox.MboxFileSource;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxClient;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxSettings;
import io.jenkins.plugins.patchworkci.inbox.PublicInboxSource;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSource;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSourceSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured sources, each bound to its cursor file under {@code <work>/state/cursors}.
 * Servers (Patchwork, archives) are read from now on; local mailboxes from their start, because
 * what a person points {@code pwci} at is what they want tested.
 */
public final class Sources {

    private Sources() {}

    /** One HTTP client for every source: retries on 5xx, 429 and timeouts, never on 4xx (one retry layer). */
    public static HttpTransport transport() {
        return HttpTransports.standard(HttpSettings.defaults()); // standard() already retries (settings.retry())
    }

    public static List<Runner.Bound<?>> bind(RunConfig config, HttpTransport http, Clock clock) throws ConfigException {
        List<Runner.Bound<?>> out = new ArrayList<>();
        int i = 0;
        for (RunConfig.SourceConfig s : config.sources()) {
            i++;
            FileCursorStore cursor = new FileCursorStore(config.work().resolve("state/cursors/source-" + i + ".json"));
            Path held = config.work().resolve("state/held/source-" + i);
            java.time.Duration hold = s.holdIncomplete();
            switch (s.kind()) {
                case "patchwork" -> {
                    URI server = serverOf(s.location());
                    PatchworkClient client = new PatchworkClient(server, http, s.token().map(ApiToken::of).orElse(null));
                    PatchworkSourceSettings settings = PatchworkSourceSettings.of(s.project().orElseThrow());
                    out.add(new Runner.Bound<>(new PatchworkSource(client, settings, clock), cursor, Optional.empty(), held, hold,
                            s.archiveUrl()));
                }
                case "archive" -> {
                    URI url = URI.create(s.location().endsWith("/") ? s.location() : s.location() + "/");
                    String[] path = url.getPath().replaceAll("^/+|/+$", "").split("/");
                    if (path.length < 1 || path[0].isEmpty()) {
                        throw new ConfigException(config.file() + ": archive " + s.location() + " names no list (https://HOST/LIST/)");
                    }
                    URI server = url.resolve("/");
                    out.add(new Runner.Bound<>(new PublicInboxSource(new PublicInboxClient(server, http),
                            PublicInboxSettings.of(path[0]), clock), cursor, Optional.empty(), held, hold, s.archiveUrl()));
                }
                case "mbox" -> out.add(new Runner.Bound<>(new MboxFileSource(Path.of(s.location())), cursor,
                        Optional.of(new MboxFileCursor(0, "")), held, hold, s.archiveUrl()));
                case "maildir" -> out.add(new Runner.Bound<>(new DirectorySource(Path.of(s.location()),
                        DirectorySource.Layout.MAILDIR), cursor, Optional.of(new FileSetCursor(Map.of())), held, hold,
                        s.archiveUrl()));
                case "patches" -> out.add(new Runner.Bound<>(new DirectorySource(Path.of(s.location()),
                        DirectorySource.Layout.PATCHES), cursor, Optional.of(new FileSetCursor(Map.of())), held, hold,
                        s.archiveUrl()));
                default -> throw new ConfigException(config.file() + ": unknown source kind " + s.kind());
            }
        }
        return out;
    }

    /**
     * The Patchwork server root from what people paste: the server, its API URL, or a project page
     * ({@code https://patchwork.kernel.org/project/netdevbpf/list/}).
     */
    static URI serverOf(String location) {
        URI u = URI.create(location);
        return u.resolve("/");
    }
}
