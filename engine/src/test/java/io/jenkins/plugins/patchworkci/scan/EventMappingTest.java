package io.jenkins.plugins.patchworkci.scan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkEvent;
import io.jenkins.plugins.patchworkci.patchwork.EventQuery;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkTestClients;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recorded event log ({@code events-all.json}, 43 events) mapped to head changes, and polled. */
class EventMappingTest {

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base(), Duration.ofSeconds(5));

    @BeforeEach
    void start() {
        pw.basics();
    }

    /** The recorded log, read by the real client over HTTP, oldest first. */
    private List<PatchworkEvent> recordedEvents() throws Exception {
        pw.json("/api/1.3/events/", pw.recorded("events-all.json"));
        List<PatchworkEvent> out = new ArrayList<>(clients.client(null).events(EventQuery.inProject("netdevbpf")));
        java.util.Collections.reverse(out);
        return out;
    }

    /** One event (JSON) served and read back by the real client. */
    private PatchworkEvent read(JsonNode event) throws Exception {
        pw.json("/api/1.3/events/", "[" + event + "]");
        return clients.client(null).events(EventQuery.inProject("netdevbpf")).get(0);
    }

    private static String since(Instant i) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC).format(i);
    }

    @Test
    void seriesCompletedCreatesOrUpdatesAndOwnChecksAreIgnored() throws Exception {
        EventMapper mapper = new EventMapper(FinalStates.DEFAULT, Set.of("ci-bot"));
        List<HeadChange> changes = recordedEvents().stream().map(mapper::map).flatMap(java.util.Optional::stream).toList();

        // series-completed for series 1, 2 (v2), 3, 4, 5, 6 (v2); the five checks are ci-bot's own
        assertThat(changes).extracting(HeadChange::seriesId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(changes).extracting(HeadChange::type).containsExactly(HeadChange.Type.CREATED,
                HeadChange.Type.UPDATED, HeadChange.Type.CREATED, HeadChange.Type.CREATED, HeadChange.Type.CREATED,
                HeadChange.Type.UPDATED);

        List<HeadChange> others = recordedEvents().stream().map(new EventMapper(FinalStates.DEFAULT, Set.of())::map)
                .flatMap(java.util.Optional::stream).filter(c -> c.seriesId() == null).toList();
        assertThat(others).hasSize(5).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(HeadChange.Type.UPDATED);
            assertThat(c.patchId()).isNotNull();
            assertThat(c.description()).contains("by ci-bot");
        });
    }

    @Test
    void aStateChangeIntoAFinalStateRemovesAndOutOfOneRecreates() throws Exception {
        EventMapper mapper = new EventMapper(FinalStates.DEFAULT, Set.of());
        JsonNode check = pw.recordedArray("events-all.json").get(0);
        ObjectNode e = check.deepCopy();
        e.put("category", "patch-state-changed");
        ObjectNode payload = (ObjectNode) e.get("payload");
        payload.remove("check");
        payload.put("previous_state", "new").put("current_state", "accepted");
        PatchworkEvent accepted = read(e);
        assertThat(mapper.map(accepted)).get().extracting(HeadChange::type, HeadChange::patchId)
                .containsExactly(HeadChange.Type.REMOVED, 10L);

        payload.put("previous_state", "changes-requested").put("current_state", "new");
        assertThat(mapper.map(read(e)))
                .get().extracting(HeadChange::type).isEqualTo(HeadChange.Type.CREATED);
        payload.put("previous_state", "new").put("current_state", "under-review");
        assertThat(mapper.map(read(e)))
                .get().extracting(HeadChange::type).isEqualTo(HeadChange.Type.UPDATED);
    }

    /** Serves the recorded events dated at or after {@code from}, oldest first, for that exact since. */
    private void serveEventsSince(Instant from) throws Exception {
        ArrayNode out = StubbedPatchwork.JSON.createArrayNode();
        for (PatchworkEvent e : recordedEvents()) {
            if (!e.date().isBefore(from)) {
                out.add(pw.recordedArray("events-all.json").get(43 - (int) e.id()));
            }
        }
        pw.server.resetMappings();
        pw.json("/api/1.3/", pw.recorded("api-1.3-index.json"));
        pw.json("/api/1.3/projects/", pw.recorded("projects.json"));
        pw.server.stubFor(get(urlPathEqualTo("/api/1.3/events/"))
                .withQueryParam("since", equalTo(since(from)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(out.toString())));
    }

    @Test
    void pollingDeliversEachEventOnceAcrossTheOverlapAndKeepsTheCursorOnFailure() throws Exception {
        EventPoll poll = new EventPoll(clients.client(null), "netdevbpf", new EventMapper(FinalStates.DEFAULT, Set.of()))
                .setOverlap(Duration.ofSeconds(30));
        EventCursor cursor = new EventCursor(Instant.parse("2026-11-25T00:40:12Z"), List.of());
        serveEventsSince(cursor.since().minusSeconds(30));

        EventPoll.Result first = poll.poll(cursor);
        assertThat(first.changes()).extracting(c -> c.seriesId() == null ? "p" + c.patchId() : "s" + c.seriesId())
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6", "p10", "p10", "p10", "p10", "p10");
        assertThat(first.next().since()).isEqualTo(Instant.parse("2026-11-25T00:41:09.239773Z"));

        serveEventsSince(first.next().since().minusSeconds(30));
        assertThat(poll.poll(first.next()).changes()).as("everything in the overlap was seen").isEmpty();

        pw.server.stubFor(get(urlPathEqualTo("/api/1.3/events/")).willReturn(aResponse().withStatus(503)));
        Throwable t = catchThrowable(() -> poll.poll(first.next()));
        assertThat(t).isInstanceOf(HttpStatusException.class);
    }

    @Test
    void aNewCursorStartsAfterTheNewestEvent() throws Exception {
        ArrayNode newest = StubbedPatchwork.JSON.createArrayNode();
        pw.recordedArray("events-all.json").forEach(newest::add);
        pw.json("/api/1.3/events/", newest.toString());
        EventPoll poll = new EventPoll(clients.client(null), "netdevbpf", new EventMapper(FinalStates.DEFAULT, Set.of()))
                .setOverlap(Duration.ofSeconds(30));

        EventCursor c = poll.start();

        assertThat(c.since()).isEqualTo(Instant.parse("2026-11-25T00:41:09.239773Z"));
        assertThat(c.seen()).containsExactly(35L, 36L, 37L, 38L, 39L, 40L, 41L, 42L, 43L);
        serveEventsSince(c.since().minusSeconds(30));
        assertThat(poll.poll(c).changes()).isEmpty();
    }

    /**
     * A restart between two polls: the cursor saved after the first poll, read back by a new poller
     * (new file instance, new EventPoll), resumes where the first stopped, so events that arrived while
     * Jenkins was down are delivered once and none twice. Without the stored cursor the new poller would
     * start after the newest event and deliver nothing.
     */
    @Test
    void aRestartResumesFromTheStoredCursor(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.time.Clock afterRecording = java.time.Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);
        EventCursorFile.Key key = new EventCursorFile.Key("kernel.org", "netdevbpf");
        EventCursorFile file = new EventCursorFile(tmp.resolve("patchwork-ci-event-cursors.json"));
        // Before the restart: the cursor stood at 00:40:12 and was saved.
        file.save(java.util.Map.of(key, new EventCursor(Instant.parse("2026-11-25T00:40:12Z"), List.of())));

        EventPoll afterRestart = new EventPoll(clients.client(null), "netdevbpf", new EventMapper(FinalStates.DEFAULT, Set.of()))
                .setOverlap(Duration.ofSeconds(30)).setClock(afterRecording);
        EventCursor resumed = afterRestart.resume(new EventCursorFile(file.file()).load().get(key));
        assertThat(resumed.since()).isEqualTo(Instant.parse("2026-11-25T00:40:12Z"));
        serveEventsSince(resumed.since().minusSeconds(30));
        EventPoll.Result r = afterRestart.poll(resumed);
        assertThat(r.changes()).as("the series completed while Jenkins was down").hasSize(11);

        // A cursor older than the resume window is dropped: polling starts after the newest event.
        ArrayNode newest = StubbedPatchwork.JSON.createArrayNode();
        pw.recordedArray("events-all.json").forEach(newest::add);
        pw.server.resetMappings();
        pw.json("/api/1.3/events/", newest.toString());
        EventCursor stale = new EventCursor(Instant.parse("2026-11-23T00:00:00Z"), List.of());
        assertThat(afterRestart.resume(stale).since()).isEqualTo(Instant.parse("2026-11-25T00:41:09.239773Z"));
        assertThat(afterRestart.resume(null).since()).isEqualTo(Instant.parse("2026-11-25T00:41:09.239773Z"));
        assertThat(afterRestart.setResumeWindow(Duration.ofDays(3)).resume(stale)).isEqualTo(stale);
    }

    /**
     * The poller's bookkeeping across a restart during a Patchwork outage: the stored cursor survives
     * the failed first poll (in memory and in the file), and the next poll delivers what happened
     * meanwhile; a project seen for the first time starts after the newest event and delivers nothing.
     */
    @Test
    void aStoredCursorSurvivesAnOutageAtStartUp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.time.Clock afterRecording = java.time.Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);
        EventCursorFile.Key key = new EventCursorFile.Key("kernel.org", "netdevbpf");
        EventCursorFile file = new EventCursorFile(tmp.resolve("patchwork-ci-event-cursors.json"));
        EventCursor before = new EventCursor(Instant.parse("2026-11-25T00:40:12Z"), List.of());
        file.save(java.util.Map.of(key, before, new EventCursorFile.Key("kernel.org", "gone"), before));
        EventPoll poll = new EventPoll(clients.client(null), "netdevbpf", new EventMapper(FinalStates.DEFAULT, Set.of()))
                .setOverlap(Duration.ofSeconds(30)).setClock(afterRecording);

        EventCursors cursors = new EventCursors(file);
        cursors.loadOnce();
        cursors.retain(Set.of(key));
        pw.server.stubFor(get(urlPathEqualTo("/api/1.3/events/")).willReturn(aResponse().withStatus(503)));
        assertThat(catchThrowable(() -> cursors.poll(key, poll))).isInstanceOf(HttpStatusException.class);
        cursors.save();
        assertThat(new EventCursorFile(file.file()).load()).as("kept, the project no job polls dropped")
                .containsExactly(java.util.Map.entry(key, before));

        serveEventsSince(before.since().minusSeconds(30));
        assertThat(cursors.poll(key, poll)).hasSize(11);
        cursors.save();
        assertThat(new EventCursorFile(file.file()).load().get(key).since())
                .isEqualTo(Instant.parse("2026-11-25T00:41:09.239773Z"));

        // A second restart resumes from the saved position: nothing is delivered twice.
        EventCursors again = new EventCursors(new EventCursorFile(file.file()));
        again.loadOnce();
        serveEventsSince(Instant.parse("2026-11-25T00:41:09.239773Z").minusSeconds(30));
        assertThat(again.poll(key, poll)).isEmpty();

        EventCursors fresh = new EventCursors(new EventCursorFile(tmp.resolve("none.json")));
        fresh.loadOnce();
        ArrayNode newest = StubbedPatchwork.JSON.createArrayNode();
        pw.recordedArray("events-all.json").forEach(newest::add);
        pw.server.resetMappings();
        pw.json("/api/1.3/events/", newest.toString());
        assertThat(fresh.poll(key, poll)).as("a first start delivers nothing").isEmpty();
    }
}
