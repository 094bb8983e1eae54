package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.scan.ScannedVersion;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the steps of one build share: the connection to Patchwork (a client that has probed the API version
 * and read the projects once), the version as one scan found it, and the mail of its series (and of its
 * companions), downloaded once each on the controller, which holds the Patchwork token. The first step
 * that needs one fetches it, the build's later steps take it from here; steps running in parallel
 * branches wait for that one fetch instead of making their own.
 *
 * <p>In memory only, never in build.xml (the mail can be megabytes, the client holds the token): after a
 * controller restart, a resumed build's next step connects and fetches again. Kept by the build object itself (weakly, so a build Jenkins
 * lets go of takes its entry along) and dropped when the build completes ({@link BuildLifecycle}).
 */
final class SharedFetch {

    /** How the first step that needs a value fetches it. */
    @FunctionalInterface
    interface Fetch<T> {
        T get() throws IOException, InterruptedException;
    }

    // a WeakHashMap compares keys with equals(), which Run does not override: one entry per build object
    private static final Map<Run<?, ?>, SharedFetch> BUILDS = Collections.synchronizedMap(new WeakHashMap<>());

    private PatchworkClient client;
    private ScannedVersion version;
    /** The mail by Patchwork series id: the build's series and its companions. */
    private final Map<Long, byte[]> mail = new HashMap<>();

    private SharedFetch() {}

    /** The build's shared fetch, empty at first. */
    @NonNull
    static SharedFetch of(@NonNull Run<?, ?> run) {
        return BUILDS.computeIfAbsent(run, r -> new SharedFetch());
    }

    /** Lets go of what the build fetched, once no step of it can ask any more. */
    static void forget(@NonNull Run<?, ?> run) {
        BUILDS.remove(run);
    }

    /** The build's connection to Patchwork, opened (or taken from a scan) by the first step that asks. */
    @NonNull
    synchronized PatchworkClient client(@NonNull Fetch<PatchworkClient> connect) throws IOException, InterruptedException {
        if (client == null) {
            client = connect.get();
        }
        return client;
    }

    /** The build's version, fetched by the first step that asks. */
    @NonNull
    synchronized ScannedVersion version(@NonNull Fetch<ScannedVersion> scan) throws IOException, InterruptedException {
        if (version == null) {
            version = scan.get();
        }
        return version;
    }

    /** A series' mail, downloaded by the first step that asks; a copy, so no step changes another's. */
    @NonNull
    synchronized byte[] mail(long patchworkSeriesId, @NonNull Fetch<byte[]> download)
            throws IOException, InterruptedException {
        byte[] m = mail.get(patchworkSeriesId);
        if (m == null) {
            m = download.get();
            mail.put(patchworkSeriesId, m);
        }
        return m.clone();
    }
}
