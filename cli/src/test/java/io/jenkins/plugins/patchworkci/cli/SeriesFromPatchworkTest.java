package io.jenkins.plugins.patchworkci.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwci series} against a Patchwork 3.1 server replayed from recorded responses
 * (test-support's PatchworkRecordings, from the project's shared reference recordings).
 */
class SeriesFromPatchworkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();

    @BeforeEach
    void serve() {
        pw.recordedJson("/api/", "api-root.json");
        pw.basics();
        pw.recordedJson("/api/1.3/series/", "series-list.json");
        pw.recordedJson("/api/1.3/patches/", "patches-list.json");
        pw.seriesAndMboxes();
    }

    private static String origin() {
        return pw.origin();
    }

    private static String recorded(String file) {
        return pw.recorded(file);
    }

    @Test
    void listsTheProjectsSeriesWithStateTreeTagAndCompleteness() throws IOException {
        Cli r = Cli.run("series", origin() + "/project/netdevbpf/list/", "--since", "2016-01-01", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.findValuesAsText("id")).containsExactly("1", "2", "3", "4", "5", "6");
        JsonNode six = rows.get(5);
        assertThat(six.get("version").asInt()).isEqualTo(2);
        assertThat(six.get("treeTag").asText()).isEqualTo("net-next");
        assertThat(six.get("state").asText()).isEqualTo("new");
        assertThat(six.get("complete").asBoolean()).isTrue();
        assertThat(six.get("received").asInt()).isEqualTo(3);
        assertThat(six.get("author").asText()).contains("jane@example.org");
        assertThat(six.get("messageId").asText()).startsWith("cover.");
        assertThat(rows.get(0).get("treeTag").asText()).isEmpty(); // [0/2] names no tree
        // the project's series and its patches were asked for, from the date given
        pw.server.verify(getRequestedFor(urlPathEqualTo("/api/1.3/series/"))
                .withQueryParam("project", com.github.tomakehurst.wiremock.client.WireMock.equalTo("netdevbpf"))
                .withQueryParam("since", com.github.tomakehurst.wiremock.client.WireMock.matching("2016-01-01T00:00:00.*")));
    }

    @Test
    void textTableShowsTheNewestFirstLimitedRows() {
        Cli r = Cli.run("series", origin() + "/project/netdevbpf/", "--since", "2016-01-01", "--limit", "2");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out()).containsPattern("(?m)^6 +v2 +new +net-next +3/3 +Jane Dev <jane@example.org> +net: core: make a\\(\\)")
                .containsPattern("(?m)^5 +v1 +new ");
    }

    /**
     * {@code pwci apply} of a Patchwork series, by its page and by project plus {@code --id}: the same
     * commits {@code git am} makes of the series mbox. The cover letter's mbox was not recorded, so the
     * server answers 404 for it: the patches are applied alone, and that is said.
     */
    @Test
    void applyOfAPatchworkSeriesMakesTheCommitsGitAmMakes(@TempDir Path tmp) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        GitRepo.in(repo).run("init", "-q", "-b", "main");
        Files.createDirectories(repo.resolve("net/core"));
        Files.writeString(repo.resolve("net/core/dev.c"), "int a(void)\n{\n\treturn 0;\n}\n");
        // the preimage the series' index line names
        assertThat(GitRepo.in(repo).run("hash-object", "net/core/dev.c")).startsWith("e775b7d");
        GitRepo.in(repo).run("add", "-A");
        GitRepo.in(repo).run("commit", "-q", "-m", "base");

        Cli byPage = Cli.run("apply", origin() + "/project/netdevbpf/list/?series=6", "--repo", repo.toString(),
                "--branch", "by-page");
        assertThat(byPage.exit()).as(byPage.toString()).isZero();
        assertThat(byPage.err()).contains("cover letter 3 not fetched");
        assertThat(byPage.out()).contains("3/3 patches (patchwork " + origin() + "/ netdevbpf)")
                .contains("net: core: return 1 from a()").contains("selftests: net: add c()");
        Cli byId = Cli.run("apply", origin() + "/project/netdevbpf/", "--id", "6", "--repo", repo.toString(),
                "--branch", "by-id");
        assertThat(byId.exit()).as(byId.toString()).isZero();

        Path oracle = tmp.resolve("oracle");
        GitRepo.in(repo).run("worktree", "add", "-q", "--detach", oracle.toString(), "main");
        Path mbox = Files.writeString(tmp.resolve("series-6.mbox"), recorded("series-6.mbox"));
        GitRepo.in(oracle).run("am", "-q", mbox.toString());
        String tree = GitRepo.in(oracle).run("rev-parse", "HEAD^{tree}");
        assertThat(GitRepo.in(repo).run("rev-parse", "by-page^{tree}")).isEqualTo(tree);
        assertThat(GitRepo.in(repo).run("rev-parse", "by-id^{tree}")).isEqualTo(tree);
        assertThat(GitRepo.in(repo).run("log", "--format=%an <%ae>%n%B", "main..by-page"))
                .isEqualTo(GitRepo.in(oracle).run("log", "--format=%an <%ae>%n%B", "main..HEAD"));
    }

    @Test
    void anUnknownProjectIsASourceErrorNamingTheProjectsThereAre() {
        Cli r = Cli.run("series", origin() + "/project/nosuch/", "--since", "2016-01-01");
        assertThat(r.exit()).isEqualTo(ExitCode.SOURCE);
        assertThat(r.err()).contains("no project 'nosuch'").contains("netdevbpf");
    }

    @Test
    void aServerRootIsDetectedAsPatchworkAndAProjectAskedFor() {
        Cli r = Cli.run("series", origin() + "/");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("is a Patchwork server").contains("/project/NAME/");
    }

    @Test
    void aServerThatIsNotThereIsASourceError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        Cli r = Cli.run("series", "http://127.0.0.1:" + port + "/project/netdevbpf/", "--kind", "patchwork",
                "--retries", "0");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.SOURCE);
    }
}
