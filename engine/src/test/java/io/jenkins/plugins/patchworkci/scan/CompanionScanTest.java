package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkTestClients;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import io.jenkins.plugins.patchworkci.step.CheckoutOutcome;
import io.jenkins.plugins.patchworkci.step.CheckoutRequest;
import io.jenkins.plugins.patchworkci.step.CheckoutResult;
import io.jenkins.plugins.patchworkci.step.SeriesCheckout;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernel series and the iproute2 series posted with it, scanned over real HTTP and checked out in one
 * job. The kernel series is the recorded series 6 ({@code [PATCH net-next v2 0/3]}, its recorded cover
 * letter and mbox); the companion is series 7, whose Patchwork records are series 6's and patch 11's
 * recorded records with the identity, subject and date changed (Patchwork recorded no iproute2 series),
 * and whose mail is made here by {@code git format-patch} in a real iproute2-like repository. Checkouts
 * must equal {@code git am} of the same mail in clones.
 */
class CompanionScanTest {

    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    static final String KERNEL_COVER = "cover.1795567226.git.jane@example.org";
    static final String COMPANION_ID = "ip-c.1795567390.git.jane@example.org";
    /** What the iproute2 commit says: it names the kernel series' tree, which pairs it. */
    static final String NAMES_NET_NEXT = "Show the c() the net-next series adds.";
    static final String PAIRED = "it names net-next; same author, posted 2 min apart";

    @TempDir
    Path tmp;
    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base(), Duration.ofSeconds(5));
    private Path kernel;
    private Path iproute2;
    private RoutingConfig routing;
    private String companionMail;

    @BeforeEach
    void start() throws Exception {
        pw.basics();
        kernel = repo("kernel", Map.of("net/core/dev.c", "int a(void)\n{\n\treturn 0;\n}\n"));
        iproute2 = repo("iproute2", Map.of("ip/ipc.c", "#include <stdio.h>\n\nint main(void)\n{\n\treturn 0;\n}\n"));
        routing = RoutingConfig.fromYaml("""
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                    family: net
                    role: development
                  - name: net
                    remote: https://example.invalid/net.git
                    branch: main
                    family: net
                    role: fixes
                  - name: iproute2-next
                    remote: %s
                    branch: main
                    kind: user-space
                    family: iproute2
                    role: development
                """.formatted(kernel.toUri(), iproute2.toUri()));
        companionMail = companion("Jane Dev <jane@example.org>", "2026-11-25T00:43:10Z", NAMES_NET_NEXT, "");
        serve(companionMail, "2026-11-25T00:43:10", UnaryOperator.identity());
    }

    /** A repository with one commit of {@code files} on main. */
    private Path repo(String name, Map<String, String> files) throws Exception {
        Path r = tmp.resolve(name);
        Files.createDirectories(r);
        git(r, "init", "-q", "-b", "main");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.createDirectories(r.resolve(f.getKey()).getParent());
            Files.writeString(r.resolve(f.getKey()), f.getValue());
        }
        git(r, "add", ".");
        git(r, "commit", "-q", "-m", "base");
        return r;
    }

    /** The iproute2 change as {@code git format-patch} mails it, under the Message-ID series 7's records give. */
    private String companion(String author, String date, String body, String trailer) throws Exception {
        git(iproute2, "checkout", "-q", "-b", "topic");
        Files.writeString(iproute2.resolve("ip/ipc.c"),
                "#include <stdio.h>\n\nint main(void)\n{\n\tprintf(\"c\\n\");\n\treturn 0;\n}\n");
        git(iproute2, "commit", "-q", "-a", "--author=" + author, "--date=" + date, "-m",
                "ip: print c\n\n" + body + "\n" + trailer + "\nSigned-off-by: " + author);
        String mbox = git(iproute2, "format-patch", "-q", "--stdout", "--subject-prefix=PATCH iproute2-next",
                "--add-header=Message-Id: <" + COMPANION_ID + ">", "main..topic");
        git(iproute2, "checkout", "-q", "main");
        git(iproute2, "branch", "-q", "-D", "topic");
        return mbox;
    }

    /**
     * Serves series 1 to 7: 6 with its recorded mail, 7 (the companion) with {@code mail}, posted at
     * {@code date}; {@code editKernelPatches} may change the patch list further.
     */
    private void serve(String mail, String date, UnaryOperator<ArrayNode> editPatches) throws Exception {
        pw.lists(series -> {
            ObjectNode seven = ((ObjectNode) StubbedPatchwork.byId(series, 6)).deepCopy();
            String base = pw.origin();
            seven.put("id", 7).put("url", base + "/api/1.3/series/7/").put("web_url", base + "/project/netdevbpf/list/?series=7")
                    .put("name", "[iproute2-next] ip: print c").put("date", date).put("version", 1).put("total", 1)
                    .put("received_total", 1).put("received_all", true).put("mbox", base + "/series/7/mbox/")
                    .putNull("cover_letter");
            ArrayNode refs = seven.putArray("patches");
            refs.addObject().put("id", 12).put("url", base + "/api/1.3/patches/12/").put("msgid", "<" + COMPANION_ID + ">")
                    .put("web_url", base + "/project/netdevbpf/patch/" + COMPANION_ID + "/").put("date", date)
                    .put("name", "[iproute2-next] ip: print c")
                    .put("mbox", base + "/project/netdevbpf/patch/" + COMPANION_ID + "/mbox/");
            series.add(seven);
        }, patches -> {
            ObjectNode twelve = ((ObjectNode) StubbedPatchwork.byId(patches, 11)).deepCopy();
            twelve.put("id", 12).put("msgid", "<" + COMPANION_ID + ">").put("name", "[iproute2-next] ip: print c")
                    .put("date", date).put("state", "new");
            ((ObjectNode) twelve.get("series").get(0)).put("id", 7);
            patches.add(twelve);
            editPatches.apply(patches);
        });
        ArrayNode list = pw.recordedArray("series-list.json");
        var six = StubbedPatchwork.byId(list, 6);
        pw.mbox(StubbedPatchwork.path(six.get("cover_letter"), "mbox"),
                Mails.coverFromRecord(StubbedPatchwork.JSON.readTree(pw.recorded("cover-3.json"))));
        pw.mbox(StubbedPatchwork.path(six, "mbox"), pw.recorded("series-6.mbox"));
        pw.mbox("/series/7/mbox/", mail);
    }

    private SeriesScan scan() {
        return new SeriesScan(clients.client(null), "netdevbpf", routing).setClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String name(String firstMessageId, String tree) {
        return HeadName.of(new SeriesId(firstMessageId), tree).toString();
    }

    @Test
    void theKernelJobCarriesItsIproute2CompanionAndTheCompanionHasNoJobOfItsOwn() throws Exception {
        ScanResult r = scan().call();

        LineageHead net = r.head(name(KERNEL_COVER, "net-next")).orElseThrow();
        HeadVersion v = net.newest();
        assertThat(v.companions()).singleElement().satisfies(c -> {
            assertThat(c.tree().name()).isEqualTo("iproute2-next");
            assertThat(c.scanned().patchwork().id()).isEqualTo(7L);
            assertThat(c.reason()).isEqualTo(PAIRED);
            assertThat(c.plan().summary()).startsWith("iproute2-next: tag [iproute2-next]");
        });
        assertThat(v.plan().companions()).extracting(Plan::label)
                .containsExactly("ip: print c (" + PAIRED + ")");
        assertThat(v.revision()).as("the companion is part of what is built")
                .isNotEqualTo(RevisionId.of(v.scanned().series()))
                .isEqualTo(RevisionId.of(v.scanned().series(), List.of(v.companions().get(0).scanned().series())));
        assertThat(r.head(name(COMPANION_ID, "iproute2-next"))).isEmpty();
        assertThat(r.skipped()).filteredOn(s -> s.what().equals(name(COMPANION_ID, "iproute2-next")))
                .extracting(Skipped::reason).singleElement().asString()
                .isEqualTo("companion of a kernel series: v1 is applied and built with it in " + net.name()
                        + " (" + PAIRED + ")");
    }

    @Test
    void theSameAuthorPostingNearInTimeIsOnlyAPossibleCompanionThatRunsOnItsOwn() throws Exception {
        serve(companion("Jane Dev <jane@example.org>", "2026-11-25T00:43:10Z", "Show the c().", ""),
                "2026-11-25T00:43:10", UnaryOperator.identity());
        ScanResult r = scan().call();

        HeadVersion v = r.head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();
        assertThat(v.companions()).as("not applied with the kernel series").isEmpty();
        assertThat(v.revision()).isEqualTo(RevisionId.of(v.scanned().series()));
        assertThat(v.plan().companions()).extracting(Plan::label).containsExactly(
                "Possible companion ip: print c (same author, posted 2 min apart, but nothing links them)");
        assertThat(r.head(name(COMPANION_ID, "iproute2-next"))).as("it keeps its own job").isPresent();
    }

    @Test
    void aCompanionPostedAfterTheKernelSeriesWasBuiltIsANewRevisionOfTheKernelJob() throws Exception {
        pw.lists(s -> {}, p -> {}); // before the iproute2 series arrived: the recorded lists as they are
        LineageHead before = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow();
        assertThat(before.newest().companions()).isEmpty();
        assertThat(before.newest().revision()).isEqualTo(RevisionId.of(before.newestSeries()));

        serve(companionMail, "2026-11-25T00:43:10", UnaryOperator.identity());
        LineageHead after = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow();

        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.newest().revision().version()).isEqualTo(before.newest().revision().version());
        assertThat(after.newest().revision()).isNotEqualTo(before.newest().revision());
    }

    @Test
    void eventsAboutTheCompanionConcernTheKernelJob() throws Exception {
        LineageHead net = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow();

        assertThat(net.concerns(7L, null)).as("the companion series completed").isTrue();
        assertThat(net.concerns(null, 12L)).as("a companion patch changed state").isTrue();
        assertThat(net.concerns(6L, null)).isTrue();
        assertThat(net.concerns(null, 10L)).isTrue();
        assertThat(net.concerns(5L, 7L)).isFalse();
        assertThat(net.concerns(null, null)).isFalse();
    }

    @Test
    void anEventConcernsTheHeadsOfThisScanAndOfTheScanBefore() throws Exception {
        ScanResult now = scan().call();
        LineageHead net = now.head(name(KERNEL_COVER, "net-next")).orElseThrow();
        HeadChange companionCompleted = new HeadChange(HeadChange.Type.UPDATED, 1, NOW, 7L, null, "series 7 completed");
        ScanResult closedSince = new ScanResult(List.of(), List.of());

        assertThat(now.headsConcerning(companionCompleted, null)).containsExactly(net);
        assertThat(closedSince.headsConcerning(companionCompleted, now)).as("gone since the scan before").containsExactly(net);
        assertThat(now.headsConcerning(new HeadChange(HeadChange.Type.UPDATED, 2, NOW, 5L, 7L, "elsewhere"), now)).isEmpty();
    }

    @Test
    void aHeadFindsItsVersionByRevision() throws Exception {
        LineageHead net = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow();

        assertThat(net.version(net.newest().revision())).contains(net.newest());
        assertThat(net.version(RevisionId.of(net.newest().scanned().series())))
                .as("the same series without its companion is another revision").isEmpty();
    }

    @Test
    void aLinkPairsSeriesOfDifferentSendersAndAnUnrelatedUserSpaceSeriesKeepsItsOwnJob() throws Exception {
        serve(companion("Ann Other <ann@example.org>", "2026-11-25T00:50:00Z", NAMES_NET_NEXT,
                "\nLink: https://lore.kernel.org/r/" + KERNEL_COVER), "2026-11-25T00:50:00", UnaryOperator.identity());
        assertThat(scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest().companions())
                .extracting(ScannedCompanion::reason).containsExactly(COMPANION_ID + " names the kernel series");

        serve(companion("Ann Other <ann@example.org>", "2026-11-25T00:50:00Z", NAMES_NET_NEXT, ""), "2026-11-25T00:50:00",
                UnaryOperator.identity());
        ScanResult unrelated = scan().call();
        assertThat(unrelated.head(name(KERNEL_COVER, "net-next")).orElseThrow().newest().companions()).isEmpty();
        assertThat(unrelated.head(name(KERNEL_COVER, "net-next")).orElseThrow().newest().revision())
                .isEqualTo(RevisionId.of(unrelated.head(name(KERNEL_COVER, "net-next")).orElseThrow().newestSeries()));
        assertThat(unrelated.head(name(COMPANION_ID, "iproute2-next"))).isPresent();
    }

    @Test
    void aCompanionWhoseKernelSeriesIsClosedOrFilteredOutIsBuiltOnItsOwn() throws Exception {
        serve(companionMail, "2026-11-25T00:43:10", p -> {
            for (long id : new long[] {9, 10, 11}) {
                StubbedPatchwork.setState(p, id, "accepted");
            }
            return p;
        });
        ScanResult closed = scan().call();
        assertThat(closed.head(name(KERNEL_COVER, "net-next"))).isEmpty();
        assertThat(closed.head(name(COMPANION_ID, "iproute2-next"))).isPresent();

        serve(companionMail, "2026-11-25T00:43:10", UnaryOperator.identity());
        ScanResult filtered = scan().setFilter(ScanFilter.ALL.withExcludeTags(List.of("net-next"))).call();
        assertThat(filtered.head(name(KERNEL_COVER, "net-next"))).isEmpty();
        assertThat(filtered.head(name(COMPANION_ID, "iproute2-next"))).isPresent();
    }

    @Test
    void aClosedUserSpaceSeriesIsNoCompanion() throws Exception {
        serve(companionMail, "2026-11-25T00:43:10", p -> {
            StubbedPatchwork.setState(p, 12, "superseded");
            return p;
        });
        assertThat(scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest().companions()).isEmpty();
    }

    @Test
    void oneJobChecksOutTheKernelSeriesAndItsCompanionEachAsGitAmWould() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();
        ScannedCompanion c = v.companions().get(0);
        Path ws = tmp.resolve("ws");

        CheckoutResult r = checkout(v, ws);

        assertThat(r.applied()).as(r.summary()).isTrue();
        assertThat(r.companions()).singleElement().satisfies(co -> {
            assertThat(co.applied()).as(co.summary()).isTrue();
            assertThat(co.tree()).isEqualTo("iproute2-next");
            assertThat(co.workTree()).isEqualTo(ws.resolve("iproute2-next").toString());
            assertThat(co.commits()).hasSize(1);
            assertThat(co.base()).isEqualTo(git(iproute2, "rev-parse", "main").strip());
        });
        assertSameAsGitAm(kernel, pw.recorded("series-6.mbox"), ws.resolve("linux"), r.base());
        assertSameAsGitAm(iproute2, companionMail, ws.resolve("iproute2-next"), r.companions().get(0).base());
        assertThat(r.asMap().get("companions")).asList().singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("tree", "iproute2-next")
                .containsEntry("applied", true).containsKey("commits");
        assertThat(c.scanned().patchwork().id()).isEqualTo(7L);

        // the next build of the job checks out into the same directories again
        CheckoutResult again = checkout(v, ws);
        assertThat(again.companions().get(0).commits()).hasSize(1);
        assertSameAsGitAm(iproute2, companionMail, ws.resolve("iproute2-next"), again.companions().get(0).base());
    }

    @Test
    void aCompanionThatDoesNotApplyIsReportedAndTheKernelSeriesIsStillCheckedOut() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();
        Path ws = tmp.resolve("ws");
        checkout(v, ws); // an earlier build left a companion checkout behind
        Files.writeString(iproute2.resolve("ip/ipc.c"), "int main(void)\n{\n\treturn 1;\n}\n");
        git(iproute2, "commit", "-q", "-am", "rewrite ip/ipc.c");

        CheckoutResult r = checkout(v, ws);

        assertThat(r.applied()).as(r.summary()).isTrue();
        assertThat(Files.readString(ws.resolve("linux/net/core/dev.c"))).contains("return 1;");
        CheckoutResult co = r.companions().get(0);
        assertThat(co.applied()).isFalse();
        assertThat(co.summary()).startsWith("does not apply").contains("ip/ipc.c");
        assertThat(co.workTree()).isEmpty();
        assertThat(ws.resolve("iproute2-next")).as("the earlier build's companion is not left to be built").doesNotExist();
    }

    @Test
    void companionWorkTreesMayNotOverlapTheSeriesWorkTree() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();
        Tree ip = v.companions().get(0).tree();
        Path ws = tmp.resolve("ws");
        assertThatThrownBy(() -> new SeriesCheckout(tmp.resolve("mirrors"))
                .setMail(mail(v.scanned().patchwork())).setTree(routing.tree("net-next").orElseThrow())
                .setWorkTree(ws.resolve("src")).addCompanion(ip, companionMail.getBytes(StandardCharsets.UTF_8),
                        ws.resolve("src/iproute2-next")).call())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iproute2-next").hasMessageContaining("overlaps");
    }

    @Test
    void theCheckoutRequestTakesRoutingsTreeAndPutsEachCompanionBesideTheSeries() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();

        CheckoutRequest byRouting = CheckoutRequest.of(v, routing, "", "");
        assertThat(byRouting.target().name()).isEqualTo("net-next");
        assertThat(byRouting.dir()).isEqualTo("net-next");
        assertThat(byRouting.companionDirs()).containsExactly("iproute2-next");

        CheckoutRequest asked = CheckoutRequest.of(v, routing, "net", "src/linux");
        assertThat(asked.target().name()).isEqualTo("net");
        assertThat(asked.dir()).isEqualTo("src/linux");
        assertThat(asked.companionDirs()).containsExactly("src/iproute2-next");
        assertThat(asked.companions()).extracting(c -> c.companion().scanned().patchwork().id()).containsExactly(7L);
    }

    @Test
    void theCheckoutRequestNamesAMissingTreeAndRefusesADirectoryOutsideTheWorkTree() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();

        assertThatThrownBy(() -> CheckoutRequest.of(v, routing, "linux-next", null))
                .isInstanceOf(IOException.class)
                .hasMessage("No tree 'linux-next' in the routing configuration: [net-next, net, iproute2-next]");
        for (String outside : List.of("../x", "/etc", "a//b", "-rf", "a b", "$(id)")) {
            assertThatThrownBy(() -> CheckoutRequest.of(v, routing, null, outside)).as(outside)
                    .isInstanceOf(IOException.class).hasMessageContaining("not a safe relative path");
        }
    }

    @Test
    void checkoutDirectoriesStayInsideTheWorkTree() {
        assertThat(List.of("linux", "src/linux", "net-next_2", "a.b")).allMatch(CheckoutRequest::safeDir);
        assertThat(java.util.Arrays.asList(null, "", "/etc", "../x", "a/../../b", "a//b", "-rf", "a b", "$(id)", "a;b", "~/x"))
                .noneMatch(CheckoutRequest::safeDir);
        assertThat(CheckoutRequest.companionDir("linux", "iproute2-next")).isEqualTo("iproute2-next");
        assertThat(CheckoutRequest.companionDir("build/linux", "iproute2-next")).isEqualTo("build/iproute2-next");
    }

    @Test
    void theOutcomeTellsThePipelineDirectoriesIdsAndVariablesWithNoTextFromMail() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();
        CheckoutRequest request = CheckoutRequest.of(v, routing, null, "src/linux");
        Path ws = tmp.resolve("ws");

        CheckoutOutcome outcome = new CheckoutOutcome(request, checkout(request, ws));
        Map<String, Object> map = outcome.asMap();

        assertThat(outcome.failure(true, true)).isEmpty();
        assertThat(map).containsEntry("tree", "net-next").containsEntry("applied", true).containsEntry("dir", "src/linux");
        assertThat(map.get("companions")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("tree", "iproute2-next").containsEntry("dir", "src/iproute2-next")
                .containsEntry("seriesId", 7L).containsEntry("version", 1).containsEntry("messageId", COMPANION_ID)
                .containsEntry("reason", PAIRED);
        Map<String, String> env = outcome.environment();
        assertThat(map.get("env")).isEqualTo(env);
        assertThat(env).containsEntry("PATCHWORK_TREE", "net-next").containsEntry("PATCHWORK_DIR", "src/linux")
                .containsEntry("PATCHWORK_APPLIED", "true").containsEntry("PATCHWORK_SERIES_ID", "6")
                .containsEntry("PATCHWORK_COMPANIONS", "iproute2-next")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_DIR", "src/iproute2-next")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_APPLIED", "true")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_SERIES_ID", "7")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_HEAD", git(ws.resolve("src/iproute2-next"), "rev-parse", "HEAD").strip());
        assertThat(env.keySet()).allMatch(k -> k.matches("PATCHWORK_[A-Z0-9_]+"));
        assertThat(env.values()).allMatch(x -> x.matches("[A-Za-z0-9._ /-]*"));
    }

    @Test
    void theOutcomeOfACompanionThatDoesNotApplyFailsOnlyWhenAskedTo() throws Exception {
        HeadVersion v = scan().call().head(name(KERNEL_COVER, "net-next")).orElseThrow().newest();
        Files.writeString(iproute2.resolve("ip/ipc.c"), "int main(void)\n{\n\treturn 1;\n}\n");
        git(iproute2, "commit", "-q", "-am", "rewrite ip/ipc.c");
        CheckoutRequest request = CheckoutRequest.of(v, routing, null, null);

        CheckoutOutcome outcome = new CheckoutOutcome(request, checkout(request, tmp.resolve("ws")));

        assertThat(outcome.failure(true, false)).isEmpty();
        assertThat(outcome.failure(false, true)).get().asString()
                .startsWith("The companion series does not apply to iproute2-next: does not apply");
        assertThat(outcome.environment()).containsEntry("PATCHWORK_APPLIED", "true")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_APPLIED", "false")
                .containsEntry("PATCHWORK_COMPANION_IPROUTE2_NEXT_DIR", "");
        assertThat(outcome.asMap().get("companions")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("dir", "");
    }

    /** What the plugin's checkout step does with a scanned version: mail from Patchwork, then the agent side. */
    private CheckoutResult checkout(HeadVersion v, Path ws) throws Exception {
        return checkout(CheckoutRequest.of(v, routing, null, "linux"), ws);
    }

    private CheckoutResult checkout(CheckoutRequest request, Path ws) throws Exception {
        SeriesCheckout co = new SeriesCheckout(tmp.resolve("mirrors"))
                .setMail(mail(request.version().scanned().patchwork())).setTree(request.target())
                .setWorkTree(ws.resolve(request.dir()));
        for (CheckoutRequest.Companion c : request.companions()) {
            co.addCompanion(c.companion().tree(), mail(c.companion().scanned().patchwork()), ws.resolve(c.dir()));
        }
        return co.call();
    }

    private byte[] mail(PatchworkSeries s) throws Exception {
        PatchworkClient client = clients.client(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (s.coverLetter() != null) {
            out.writeBytes(client.coverMbox(s.coverLetter()));
            out.write('\n');
        }
        out.writeBytes(client.seriesMbox(s));
        return out.toByteArray();
    }

    /** {@code git am} of {@code mbox} in a clone of {@code upstream} at {@code base} makes the tree and log of {@code work}. */
    private void assertSameAsGitAm(Path upstream, String mbox, Path work, String base) throws Exception {
        Path clone = Files.createTempDirectory(tmp, "am-");
        git(tmp, "clone", "-q", upstream.toString(), clone.toString());
        git(clone, "checkout", "-q", base);
        Path file = tmp.resolve(clone.getFileName() + ".mbox");
        Files.writeString(file, mbox);
        git(clone, "am", "-q", "--keep-cr", file.toString());
        assertThat(git(work, "rev-parse", "HEAD^{tree}")).isEqualTo(git(clone, "rev-parse", "HEAD^{tree}"));
        assertThat(git(work, "log", "--format=%s%n%an <%ae>%n%ad%n%b", base + "..HEAD"))
                .isEqualTo(git(clone, "log", "--format=%s%n%an <%ae>%n%ad%n%b", base + "..HEAD"));
    }

    /** git in {@code dir}, as Ann Author (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path dir, String... args) {
        return GitRepo.in(dir).run(args);
    }
}
