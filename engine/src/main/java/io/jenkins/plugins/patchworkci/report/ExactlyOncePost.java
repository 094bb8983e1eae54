package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Posts one check on one patch so that Patchwork holds it once, even when the answer is lost: the
 * one path every check takes to Patchwork, from {@code pwci run} ({@link PatchworkReporter}) and
 * from the Jenkins plugin alike.
 *
 * <p>Each request is sent once ({@link CheckPoster#post} never retries). A refusal (4xx) means
 * nothing was stored and is thrown. Any other failure (a 5xx, a timeout, a cut connection) may
 * have come after Patchwork stored the check, so the patch's checks are read once: when the
 * newest check of the context ({@link #shown}) has this state and description, the post arrived
 * and is not sent again; otherwise it is sent again, at most {@value #MAX_SENDS} requests in all.
 */
public final class ExactlyOncePost {

    /** The most requests one check costs when answers keep being lost. */
    public static final int MAX_SENDS = 3;

    /**
     * Told of each step of a post, for a caller that writes them down (the reporter's ledger); a
     * step may throw to stop the post there, as a kill would.
     */
    public interface Journal {

        /** Writes nothing down. */
        Journal NONE = new Journal() { };

        /** Before each request. */
        default void sending(long patchId, CheckPost check) throws IOException { }

        /** Patchwork answered that it stored the check. */
        default void stored(long patchId, CheckPost check) throws IOException { }

        /** Patchwork refused the request: nothing was stored. */
        default void refused(long patchId, CheckPost check) throws IOException { }

        /** An answer was lost, and the patch's checks were read to tell whether the post arrived. */
        default void read(long patchId, List<PostedCheck> onServer) throws IOException { }
    }

    private final CheckPoster poster;
    @Nullable
    private final String botUser;

    /**
     * @param poster where checks go
     * @param botUser the username the token belongs to, whose checks alone count as what this
     *     poster posted; null when it is not known (then the newest check of a context from anyone)
     */
    public ExactlyOncePost(CheckPoster poster, @Nullable String botUser) {
        this.poster = Objects.requireNonNull(poster, "poster");
        this.botUser = botUser;
    }

    /** Over the Patchwork client, for callers that do not know the token's username (the Jenkins plugin). */
    public static ExactlyOncePost over(PatchworkClient client) {
        return new ExactlyOncePost(new ClientCheckPoster(client), null);
    }

    /** {@link #post(long, CheckPost, Journal)} for a check in the client's terms, writing nothing down. */
    public String post(long patchId, NewCheck check) throws IOException, InterruptedException {
        return post(patchId, ClientCheckPoster.toPost(check), Journal.NONE);
    }

    /**
     * Posts the check; returns how it is known to be on Patchwork: empty when Patchwork answered,
     * else why the answer was not needed.
     *
     * @throws CheckPostException when Patchwork refused it: nothing was stored
     * @throws IOException when it is not known to be on Patchwork: the answers were lost and the
     *     checks could not be read, or {@value #MAX_SENDS} requests left it absent
     */
    public String post(long patchId, CheckPost check, Journal journal)
            throws IOException, InterruptedException {
        IOException lost = null;
        for (int attempt = 1; attempt <= MAX_SENDS; attempt++) {
            journal.sending(patchId, check);
            try {
                poster.post(patchId, check);
            } catch (CheckPostException refused) {
                journal.refused(patchId, check);
                throw refused;
            } catch (IOException e) {
                if (lost != null) {
                    e.addSuppressed(lost);
                }
                lost = e;
                List<PostedCheck> onServer;
                try {
                    onServer = poster.list(patchId);
                } catch (IOException unreadable) {
                    IOException unsure = new IOException("the answer was lost (" + e.getMessage()
                            + ") and Patchwork's checks cannot be read (" + unreadable.getMessage()
                            + "): whether Patchwork has the check is not known", e);
                    unsure.addSuppressed(unreadable);
                    throw unsure;
                }
                journal.read(patchId, onServer);
                if (shows(shown(onServer, check.context()), check)) {
                    return "confirmed on Patchwork after a lost answer (" + e.getMessage() + ")";
                }
                continue;
            }
            journal.stored(patchId, check);
            return "";
        }
        throw new IOException("not on Patchwork after " + MAX_SENDS + " tries: " + lost.getMessage(), lost);
    }

    /** The check Patchwork shows for a context: the newest (highest id) of the bot's, or of anyone's. */
    @Nullable
    public PostedCheck shown(List<PostedCheck> checks, String context) {
        PostedCheck newest = null;
        for (PostedCheck c : checks) {
            if (c.check().context().equals(context) && (botUser == null || botUser.equals(c.user()))
                    && (newest == null || c.id() >= newest.id())) {
                newest = c;
            }
        }
        return newest;
    }

    /**
     * Whether a check Patchwork holds says what {@code check} says: the same state and description
     * (not the target URL: the client leaves out one Patchwork would not take, {@link NewCheck#linkable}).
     */
    public static boolean shows(@Nullable PostedCheck onServer, CheckPost check) {
        return onServer != null && onServer.check().state() == check.state()
                && onServer.check().description().equals(check.description());
    }
}
