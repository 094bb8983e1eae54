package io.jenkins.plugins.patchworkci.patchwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against recorded responses of a real Patchwork 3.1 server, served over HTTP by WireMock. */
class PatchworkClientContractTest {

    private static final ApiToken TOKEN = ApiToken.of("0123456789abcdef0123456789abcdef01234567");

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base());

    @Test
    void probesTheVersionFromAVersionedUrlNotFromApiRoot() throws Exception {
        pw.recordedJson("/api/", "api-root.json");
        pw.recordedJson("/api/1.3/", "api-1.3-index.json");
        PatchworkClient client = clients.client(null);

        assertThat(client.version()).isEqualTo(ApiVersion.V1_3);
        pw.server.verify(0, getRequestedFor(urlPathEqualTo("/api/")));
    }

    @Test
    void fallsBackToOlderVersionsAndSaysSoWhenThereIsNone() throws Exception {
        pw.stub(get(urlPathEqualTo("/api/1.3/")).willReturn(aResponse().withStatus(404)));
        pw.stub(get(urlPathEqualTo("/api/1.2/")).willReturn(aResponse().withStatus(200)
                .withBody(pw.recorded("api-1.3-index.json").replace("/api/1.3/", "/api/1.2/"))));
        assertThat(clients.client(null).version()).isEqualTo(ApiVersion.V1_2);

        pw.server.resetAll();
        pw.stub(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> clients.client(null).version())
                .isInstanceOf(PatchworkNotFoundException.class)
                .hasMessageContaining("no Patchwork REST API 1.1 to 1.3")
                .hasMessageContaining(pw.base().toString());
    }

    @Test
    void anApiUrlPastedAsServerMeansTheServerRoot() throws Exception {
        pw.basics();
        PatchworkClient client = new PatchworkClient(pw.base().resolve("api/1.3/"), clients.transport(),
                null);
        assertThat(client.server()).isEqualTo(pw.base());
        assertThat(client.project("netdevbpf").id()).isEqualTo(1);
    }

    @Test
    void readsACompleteSeriesWithCoverLetterAndPatches() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/series/6/", "series-6-complete.json");

        PatchworkSeries s = clients.client(null).series(6);

        assertThat(s.receivedAll()).isTrue();
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.coverLetter()).isNotNull();
        assertThat(s.coverLetter().messageId()).isEqualTo("cover.1795567226.git.jane@example.org");
        assertThat(s.patches()).extracting(PatchRef::id).containsExactly(9L, 10L, 11L);
        // "2026-11-25T00:40:26" carries no zone; Patchwork means UTC
        assertThat(s.date()).isEqualTo(Instant.parse("2026-11-25T00:40:26Z"));
        assertThat(s.project().linkName()).isEqualTo("netdevbpf");
    }

    @Test
    void readsAnIncompleteSeries() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/series/6/", "series-6-incomplete.json");

        PatchworkSeries s = clients.client(null).series(6);

        assertThat(s.receivedAll()).isFalse();
        assertThat(s.receivedTotal()).isEqualTo(2);
        assertThat(s.patches()).hasSize(2);
    }

    @Test
    void readsAPatchWithFoldedHeadersStateDelegateAndCheckSummary() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/patches/10/", "patch-10.json");

        PatchworkPatch p = clients.client(null).patch(10);

        // recorded as "\n <542e...>": folded, and unfolded here
        assertThat(p.headers().first("message-id"))
                .contains("<542e11b73c4e0fed9ef1c689fd240a14f8827a8a.1795567226.git.jane@example.org>");
        assertThat(p.messageId()).isEqualTo("542e11b73c4e0fed9ef1c689fd240a14f8827a8a.1795567226.git.jane@example.org");
        assertThat(p.state()).isEqualTo("new");
        assertThat(p.delegate()).isNull();
        assertThat(p.check()).isEqualTo(CheckState.PENDING);
        assertThat(p.prefixes()).containsExactly("net-next", "v2", "2/3");
        assertThat(p.series()).extracting(SeriesRef::id).containsExactly(6L);
        assertThat(p.diff()).startsWith("diff --git a/net/core/b.c b/net/core/b.c\n");
    }

    @Test
    void downloadsPatchAndSeriesMboxesByteForByte() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/patches/10/", "patch-10.json");
        pw.recordedJson("/api/1.3/series/6/", "series-6-complete.json");
        byte[] patchMbox = pw.recorded("patch-10.mbox").getBytes(StandardCharsets.UTF_8);
        byte[] seriesMbox = pw.recorded("series-6.mbox").getBytes(StandardCharsets.UTF_8);
        pw.stub(get(urlPathEqualTo("/project/netdevbpf/patch/542e11b73c4e0fed9ef1c689fd240a14f8827a8a.1795567226"
                + ".git.jane@example.org/mbox/")).willReturn(aResponse().withBody(patchMbox)));
        pw.stub(get(urlPathEqualTo("/series/6/mbox/")).willReturn(aResponse().withBody(seriesMbox)));
        PatchworkClient client = clients.client(null);

        assertThat(client.patchMbox(client.patch(10))).isEqualTo(patchMbox);
        assertThat(client.seriesMbox(client.series(6))).isEqualTo(seriesMbox);
        assertThat(new String(patchMbox, StandardCharsets.UTF_8)).contains("Reviewed-by: Rev Iewer");
    }

    @Test
    void readsCoverLettersCommentsAndChecks() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/covers/3/", "cover-3.json");
        pw.recordedJson("/api/1.3/patches/10/comments/", "patch-10-comments.json");
        pw.recordedJson("/api/1.3/patches/10/checks/", "checks-list.json");
        PatchworkClient client = clients.client(null);

        PatchworkCover cover = client.cover(3);
        assertThat(cover.content()).contains("base-commit: 52af4371ee7d2035b334bd1c59bf489d3e8d552c");
        assertThat(cover.series()).extracting(SeriesRef::version).containsExactly(2);

        List<PatchworkComment> comments = client.patchComments(10);
        assertThat(comments).singleElement().satisfies(c -> {
            assertThat(c.content()).contains("Reviewed-by: Rev Iewer <reviewer@example.com>");
            assertThat(c.headers().first("In-Reply-To"))
                    .contains("<542e11b73c4e0fed9ef1c689fd240a14f8827a8a.1795567226.git.jane@example.org>");
            assertThat(c.headers().first("References")).contains("<cover.1795567226.git.jane@example.org> "
                    + "<542e11b73c4e0fed9ef1c689fd240a14f8827a8a.1795567226.git.jane@example.org>");
        });

        List<PatchworkCheck> checks = client.checks(10);
        assertThat(checks).extracting(PatchworkCheck::state)
                .containsExactly(CheckState.SUCCESS, CheckState.WARNING, CheckState.FAIL, CheckState.SUCCESS);
        assertThat(checks.get(0).date()).isEqualTo(Instant.parse("2026-11-25T00:41:04.612468Z"));
        assertThat(checks.get(0).user().username()).isEqualTo("ci-bot");
    }

    @Test
    void eventsAreFilteredOldestFirstAtTheLargestPage() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/events/", "events-series-completed.json");
        Instant since = Instant.parse("2026-11-25T00:40:00Z");

        List<PatchworkEvent> events = clients.client(null).events(EventQuery.inProject("netdevbpf")
                .withCategory(EventCategory.SERIES_COMPLETED).withSince(since));

        assertThat(events).allMatch(e -> e.is(EventCategory.SERIES_COMPLETED));
        assertThat(events).extracting(e -> e.payload().series().id()).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        pw.server.verify(getRequestedFor(urlPathEqualTo("/api/1.3/events/"))
                .withQueryParam("project", equalTo("netdevbpf"))
                .withQueryParam("category", equalTo("series-completed"))
                .withQueryParam("since", equalTo("2026-11-25T00:40:00.000000"))
                .withQueryParam("order", equalTo("date"))
                .withQueryParam("per_page", equalTo("250")));
    }

    @Test
    void eventPayloadsCarryWhatTheirCategorySays() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/events/", "events-all.json");

        List<PatchworkEvent> events = clients.client(null).events(EventQuery.inProject("netdevbpf"));

        PatchworkEvent completed = events.stream().filter(e -> e.is(EventCategory.PATCH_COMPLETED)).findFirst()
                .orElseThrow();
        assertThat(completed.payload().patch()).isNotNull();
        assertThat(completed.payload().series()).isNotNull();
        PatchworkEvent check = events.stream().filter(e -> e.is(EventCategory.CHECK_CREATED)).findFirst()
                .orElseThrow();
        assertThat(check.payload().check().state()).isEqualTo(CheckState.SUCCESS);
        assertThat(check.actor().username()).isEqualTo("ci-bot");
        PatchworkEvent comment = events.stream().filter(e -> e.is(EventCategory.PATCH_COMMENT_CREATED)).findFirst()
                .orElseThrow();
        assertThat(comment.payload().comment().msgid()).isEqualTo("<review-1@example.com>");
        assertThat(events).extracting(PatchworkEvent::id).doesNotHaveDuplicates().hasSize(43);
    }

    @Test
    void stateChangesAndDelegationsReadAsTheSchemaDescribesThem() throws Exception {
        // The recording has no patch-state-changed or patch-delegated event; these two are the recorded
        // patch-created event 35 given the payload fields of Patchwork's own OpenAPI schema
        // (EventPatchStateChanged, EventPatchDelegated in openapi-v1.3.yaml).
        pw.basics();
        ArrayNode all = (ArrayNode) PatchworkJson.MAPPER.readTree(pw.recorded("events-all.json"));
        com.fasterxml.jackson.databind.node.ObjectNode created = null;
        for (var e : all) {
            if (e.get("id").asInt() == 35) {
                created = (com.fasterxml.jackson.databind.node.ObjectNode) e;
            }
        }
        var changed = created.deepCopy().put("id", 44).put("category", "patch-state-changed");
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get("payload")).put("previous_state", "new")
                .put("current_state", "changes-requested");
        var delegated = created.deepCopy().put("id", 45).put("category", "patch-delegated");
        ((com.fasterxml.jackson.databind.node.ObjectNode) delegated.get("payload")).putNull("previous_delegate")
                .set("current_delegate", PatchworkJson.MAPPER.readTree(pw.recorded("check-detail.json")).get("user"));
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(PatchworkJson.MAPPER.createArrayNode().add(changed).add(delegated).toString())));

        List<PatchworkEvent> events = clients.client(null).events(EventQuery.inProject("netdevbpf")
                .withCategory(EventCategory.PATCH_STATE_CHANGED));

        assertThat(events.get(0).is(EventCategory.PATCH_STATE_CHANGED)).isTrue();
        assertThat(events.get(0).payload().previousState()).isEqualTo("new");
        assertThat(events.get(0).payload().currentState()).isEqualTo("changes-requested");
        assertThat(events.get(0).payload().patch().id()).isEqualTo(11);
        assertThat(events.get(1).payload().previousDelegate()).isNull();
        assertThat(events.get(1).payload().currentDelegate().username()).isEqualTo("ci-bot");
        pw.server.verify(getRequestedFor(urlPathEqualTo("/api/1.3/events/"))
                .withQueryParam("category", equalTo("patch-state-changed")));
    }

    @Test
    void patchFiltersBecomeQueryParameters() throws Exception {
        pw.basics();
        pw.recordedJson("/api/1.3/patches/", "patches-list.json");

        clients.client(null).patches(PatchQuery.inProject("1").withState("under-review").withDelegate("ci-bot")
                .withMsgid("<review-1@example.com>").withArchived(false));

        pw.server.verify(getRequestedFor(urlPathEqualTo("/api/1.3/patches/"))
                .withQueryParam("project", equalTo("netdevbpf")) // id 1 resolved to its link name
                .withQueryParam("state", equalTo("under-review"))
                .withQueryParam("delegate", equalTo("ci-bot"))
                .withQueryParam("msgid", equalTo("review-1@example.com"))
                .withQueryParam("archived", equalTo("false")));
    }

    /** Serves the recorded patch list two per page, page 2 being the recorded page with its recorded Link. */
    private void servePatchesTwoPerPage(int pages) throws Exception {
        ArrayNode all = (ArrayNode) PatchworkJson.MAPPER.readTree(pw.recorded("patches-list.json"));
        String api = pw.origin() + "/api/1.3/patches/";
        for (int page = 1; page <= pages; page++) {
            ArrayNode slice = PatchworkJson.MAPPER.createArrayNode();
            for (int i = (page - 1) * 2; i < Math.min(page * 2, all.size()); i++) {
                slice.add(all.get(i));
            }
            List<String> links = new ArrayList<>();
            if (page < pages) {
                links.add("<" + api + "?page=" + (page + 1) + "&per_page=2&project=netdevbpf>; rel=\"next\"");
            }
            links.add("<" + api + "?page=1&per_page=2&project=netdevbpf>; rel=\"first\"");
            String body = PatchworkJson.MAPPER.writeValueAsString(slice);
            String link = String.join(", ", links);
            if (page == 2) {
                body = pw.recorded("patches-list-page2.json");
                link = pw.recorded("patches-page2.headers").lines().filter(l -> l.startsWith("Link: "))
                        .findFirst().orElseThrow().substring("Link: ".length());
            }
            var mapping = get(urlPathEqualTo("/api/1.3/patches/"));
            mapping = page == 1 ? mapping.withQueryParam("per_page", equalTo("250"))
                    : mapping.withQueryParam("page", equalTo(Integer.toString(page)));
            pw.stub(mapping.willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withHeader("Link", link).withBody(body)));
        }
    }

    @Test
    void followsTheLinkHeaderThroughEveryPage() throws Exception {
        pw.basics();
        servePatchesTwoPerPage(6);

        List<PatchworkPatch> patches = clients.client(null).patches(PatchQuery.inProject("netdevbpf"));

        assertThat(patches).extracting(PatchworkPatch::id)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        pw.server.verify(6, getRequestedFor(urlPathEqualTo("/api/1.3/patches/")));
    }

    @Test
    void aPagePastTheEndIs404AndEndsTheList() throws Exception {
        pw.basics();
        servePatchesTwoPerPage(3); // page 3 still says "next", as if the list shrank meanwhile
        pw.stub(get(urlPathEqualTo("/api/1.3/patches/")).withQueryParam("page", equalTo("3"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("Link", "<" + pw.origin() + "/api/1.3/patches/?page=4&per_page=2>; rel=\"next\"")
                        .withBody("[]")));
        pw.stub(get(urlPathEqualTo("/api/1.3/patches/")).withQueryParam("page", equalTo("4"))
                .willReturn(aResponse().withStatus(404).withBody("{\"detail\": \"Invalid page.\"}")));

        List<PatchworkPatch> patches = clients.client(null).patches(PatchQuery.inProject("netdevbpf"));

        assertThat(patches).extracting(PatchworkPatch::id).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aMissingFirstPageOrDetailIsAnError() throws Exception {
        pw.basics();
        pw.stub(get(urlPathEqualTo("/api/1.3/patches/999/")).willReturn(aResponse().withStatus(404)
                .withBody("{\"detail\": \"Not found.\"}")));

        assertThatThrownBy(() -> clients.client(null).patch(999)).isInstanceOf(PatchworkNotFoundException.class)
                .hasMessageContaining("patch 999");
    }

    @Test
    void anUnknownProjectIsReportedNotTakenForAQuietOne() throws Exception {
        pw.basics();
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).willReturn(aResponse().withBody("[]")));

        assertThatThrownBy(() -> clients.client(null).events(EventQuery.inProject("netdev-bpf")))
                .isInstanceOf(UnknownProjectException.class)
                .hasMessageContaining("no project 'netdev-bpf'")
                .hasMessageContaining("netdevbpf");
        pw.server.verify(0, getRequestedFor(urlPathEqualTo("/api/1.3/events/")));
    }

    @Test
    void postsACheckAsJsonWithTheToken() throws Exception {
        pw.basics();
        String response = pw.recorded("check-post-response.txt").lines().findFirst().orElseThrow();
        pw.stub(post(urlPathEqualTo("/api/1.3/patches/10/checks/")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", pw.origin() + "/api/1.3/patches/10/checks/1/").withBody(response)));

        PatchworkCheck posted = clients.client(TOKEN).postCheck(10, new NewCheck(CheckState.SUCCESS, "build_clang",
                "https://ci.example.invalid/run/1", "Build OK (clang)"));

        assertThat(posted.id()).isEqualTo(1);
        assertThat(posted.state()).isEqualTo(CheckState.SUCCESS);
        pw.server.verify(postRequestedFor(urlPathEqualTo("/api/1.3/patches/10/checks/"))
                .withHeader("Authorization", equalTo("Token 0123456789abcdef0123456789abcdef01234567"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"state\":\"success\",\"context\":\"build_clang\","
                        + "\"target_url\":\"https://ci.example.invalid/run/1\",\"description\":\"Build OK (clang)\"}")));
    }

    @Test
    void postsACheckAsAFormToo() throws Exception {
        pw.basics();
        String response = pw.recorded("check-post-response.txt").lines().findFirst().orElseThrow();
        pw.stub(post(urlPathEqualTo("/api/1.3/patches/10/checks/")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(response)));

        clients.client(TOKEN).postCheck(10, new NewCheck(CheckState.WARNING, "checkpatch", null, "2 warnings & 1 check"),
                PatchworkClient.BodyEncoding.FORM);

        pw.server.verify(postRequestedFor(urlPathEqualTo("/api/1.3/patches/10/checks/"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("state=warning&context=checkpatch&description=2+warnings+%26+1+check")));
    }

    @Test
    void aRefusedCheckSaysWhatPatchworkRequires() throws Exception {
        pw.basics();
        pw.stub(post(urlPathEqualTo("/api/1.3/patches/10/checks/")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\": \"You do not have permission to perform this action.\"}")));

        assertThatThrownBy(() -> clients.client(TOKEN).postCheck(10, new NewCheck(CheckState.FAIL, "checkpatch", null,
                "2 errors")))
                .isInstanceOf(PatchworkPermissionException.class)
                .hasMessageContaining("You do not have permission")
                .hasMessageContaining("maintainer of the patch's project")
                .hasMessageContaining("delegate")
                .hasMessageContaining("submitter")
                .satisfies(e -> assertThat(((HttpStatusException) e).status()).isEqualTo(403));
        // a 403 is an answer, not an outage: asked once
        pw.server.verify(1, postRequestedFor(urlPathEqualTo("/api/1.3/patches/10/checks/")));
    }

    @Test
    void checksAreValidatedBeforeSendingAndServerRejectionsAreReported() throws Exception {
        assertThatThrownBy(() -> new NewCheck(CheckState.SUCCESS, "build clang", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slug");
        assertThatThrownBy(() -> new NewCheck(CheckState.SUCCESS, "ok", "javascript:alert(1)", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckStateWire.of("passed")).hasMessageContaining("pending|success|warning|fail");
        // target_url is a Django URLField (maxLength 200 in the OpenAPI schema): 201 characters would be a 400
        String at200 = "https://ci.example.invalid/" + "r".repeat(200 - 27);
        assertThat(new NewCheck(CheckState.SUCCESS, "ok", at200, null).targetUrl()).hasSize(200);
        assertThatThrownBy(() -> new NewCheck(CheckState.SUCCESS, "ok", at200 + "r", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200");
        assertThat(NewCheck.linkable(at200 + "r")).isNull();
        assertThat(NewCheck.linkable(at200)).isEqualTo(at200);

        pw.basics();
        pw.stub(post(urlPathEqualTo("/api/1.3/patches/10/checks/")).willReturn(aResponse().withStatus(400)
                .withBody("{\"state\": [\"\\\"passed\\\" is not a valid choice.\"]}")));
        assertThatThrownBy(() -> clients.client(TOKEN).postCheck(10, new NewCheck(CheckState.SUCCESS, "x", null, null)))
                .isInstanceOf(HttpStatusException.class).hasMessageContaining("not a valid choice");
    }

    @Test
    void theClientRereadsServerUrlsOnItsOwnOriginAndSendsTheTokenNowhereElse() throws Exception {
        pw.basics();
        // a server behind a proxy that hands out URLs with its internal name
        pw.stub(get(urlPathEqualTo("/api/1.3/series/6/")).willReturn(aResponse().withBody(
                pw.recorded("series-6-complete.json").replace(pw.origin(), "http://patchwork.internal:8000"))));
        pw.stub(get(urlPathEqualTo("/series/6/mbox/")).willReturn(aResponse().withBody("From x\n")));
        PatchworkClient client = clients.client(TOKEN);

        assertThat(client.seriesMbox(client.series(6))).isEqualTo("From x\n".getBytes(StandardCharsets.UTF_8));
        pw.server.verify(getRequestedFor(urlPathEqualTo("/series/6/mbox/"))
                .withHeader("Authorization", equalTo("Token 0123456789abcdef0123456789abcdef01234567")));
    }

    @Test
    void garbageJsonIsAClearError() throws Exception {
        pw.basics();
        pw.stub(get(urlPathEqualTo("/api/1.3/series/6/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));

        assertThatThrownBy(() -> clients.client(null).series(6)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not the expected JSON")
                .hasMessageContaining("Bad gateway");
    }
}
