package io.jenkins.plugins.patchworkci.bench.service;

import io.jenkins.plugins.patchworkci.bench.suite.Figure;
import io.jenkins.plugins.patchworkci.bench.suite.ResultTable;
import io.jenkins.plugins.patchworkci.http.CountingTransport;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkCursor;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSource;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSourceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * One poll of a Patchwork project of N series of which K are new, served locally
 * ({@link SyntheticPatchwork}): the requests and time of {@link PatchworkSource#poll} with a warm
 * client, counted by {@link CountingTransport}. The peer is a poller without the event log, which
 * must list the project's series (250 a page) to find the new ones and then fetch their mboxes:
 * the same client's {@link PatchworkClient#seriesList}.
 */
public final class PollBenchmark {

    private final boolean quick;

    public PollBenchmark(boolean quick) {
        this.quick = quick;
    }

    public void run(ResultTable table) throws IOException, InterruptedException {
        int[][] cases = quick ? new int[][] {{1_000, 10}, {10_000, 10}} : new int[][] {{1_000, 10}, {10_000, 10}, {10_000, 100}};
        for (int[] c : cases) {
            one(table, c[0], c[1]);
        }
    }

    private void one(ResultTable table, int projectSeries, int fresh) throws IOException, InterruptedException {
        try (SyntheticPatchwork server = new SyntheticPatchwork(PollBenchmark::mbox)) {
            server.publish(projectSeries - fresh);
            CountingTransport http = new CountingTransport(new JdkHttpTransport(HttpSettings.defaults()));
            PatchworkClient client = new PatchworkClient(server.uri(), http, null);
            PatchworkSource source = new PatchworkSource(client, PatchworkSourceSettings.of(SyntheticPatchwork.PROJECT),
                    Clock.systemUTC());
            // a client in service: the version probe and project check are done, and one poll has
            // run (the first poll after initialCursor also re-reads the events in the overlap window)
            PatchworkCursor cursor = source.poll(source.initialCursor()).cursor();
            server.publish(projectSeries);
            http.reset();
            long t0 = System.nanoTime();
            Poll<PatchworkCursor> poll = source.poll(cursor);
            double ours = (System.nanoTime() - t0) / 1e6;
            long requests = http.requests();
            long bytes = http.bytesReceived();
            if (poll.arrivals().size() != fresh) {
                table.note("polling: expected " + fresh + " new series, the poll delivered " + poll.arrivals().size());
            }

            // the peer: list every series of the project, then fetch the mboxes of the unseen ones
            http.reset();
            long t1 = System.nanoTime();
            List<PatchworkSeries> all = client.seriesList(SyntheticPatchwork.PROJECT, null);
            for (PatchworkSeries s : all.subList(all.size() - fresh, all.size())) {
                client.seriesMbox(s);
            }
            double peer = (System.nanoTime() - t1) / 1e6;
            long peerRequests = http.requests();
            long budget = 3 + 2L * fresh;
            table.add(new Figure("polling", String.format(Locale.ROOT,
                    "one poll, %,d series in the project, %d new: requests (time, KB received)", projectSeries, fresh),
                    String.format(Locale.ROOT, "%d req (%.0f ms, %,d KB)", requests, ours, bytes / 1024),
                    String.format(Locale.ROOT, "%d req (%.0f ms, %,d KB; listing all series)", peerRequests, peer,
                            http.bytesReceived() / 1024),
                    peerRequests / (double) requests, "<= 3 + 2 x new = " + budget, requests <= budget));
        }
    }

    /** A one-patch series as Patchwork's series mbox serves it. */
    static byte[] mbox(long id) {
        return ("From patchwork Thu Jan  1 00:00:00 2026\n"
                + "From: Jane Dev <jane@example.org>\n"
                + "Date: Thu, 01 Jan 2026 00:00:00 +0000\n"
                + "Message-Id: <s" + id + "@bench.example.org>\n"
                + "Subject: [PATCH net-next] net: core: change " + id + "\n"
                + "\n"
                + "Change number " + id + ".\n\n"
                + "Signed-off-by: Jane Dev <jane@example.org>\n"
                + "---\n"
                + "diff --git a/net/core/dev.c b/net/core/dev.c\n"
                + "--- a/net/core/dev.c\n+++ b/net/core/dev.c\n@@ -1 +1 @@\n-a\n+b" + id + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
