package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dependencies and Link: on series made by real git. */
class DependenciesTest {

    @TempDir
    Path tmp;

    @Test
    void prerequisitePatchIdsFromGitFormatPatchBaseEqualGitPatchId() throws Exception {
        Files.createDirectories(tmp.resolve("repo"));
        DeveloperRepo repo = new DeveloperRepo(tmp.resolve("repo"));
        repo.commit("pre.c", "int pre;\n", "net: prerequisite", "Not yet merged.\n");
        repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n");
        repo.commit("b.c", "int b;\n", "net: add b", "Adds b.\n");
        String prerequisite = DeveloperRepo.git(repo.dir, repo.git("show", "HEAD~2").getBytes(StandardCharsets.UTF_8),
                "patch-id", "--stable").split(" ")[0];
        for (boolean cover : new boolean[] {true, false}) {
            List<String> args = new ArrayList<>(List.of("--thread=shallow", "--base=base"));
            if (cover) {
                args.add("--cover-letter");
            }
            args.add("HEAD~2..HEAD");
            List<Mail> mails = repo.formatPatch(cover ? "dc" : "dn", args.toArray(String[]::new));
            RealGitMail git = new RealGitMail(tmp);
            Series s = new SeriesAssembler(git).assemble(git.read(mails)).series().get(0);
            assertThat(s.metadata().baseCommit()).as("cover=" + cover).contains(repo.git("rev-parse", "base").trim());
            assertThat(s.metadata().dependencies().prerequisitePatchIds()).as("cover=" + cover).containsExactly(prerequisite);
        }
    }

    @Test
    void b4PrerequisitesAndPatchworkDependsOnAreRead() throws Exception {
        Files.createDirectories(tmp.resolve("repo"));
        DeveloperRepo repo = new DeveloperRepo(tmp.resolve("repo"));
        repo.commit("a.c", "int a;\n", "net: add a",
                "Adds a.\n\nDepends-on: https://lore.kernel.org/all/20261101.dep-two%2Bx@example.org/\n"
                        + "Signed-off-by: Ada Lovelace <ada@example.org>\n");
        repo.commit("b.c", "int b;\n", "net: add b", "Adds b.\n");
        List<Mail> mails = repo.formatPatch("deps", "--cover-letter", "--thread=shallow", "base..HEAD");
        Mail cover = mails.get(0);
        mails.set(0, cover.withBody(cover.body().replace("*** BLURB HERE ***", """
                Builds on Jane's series.

                Depends-on: <20261101.dep-one@example.org>
                Depends-on: https://patchwork.kernel.org/project/netdevbpf/list/?series=998877
                ---
                prerequisite-change-id: 20261101-jane-feature-0123456789ab:v3
                prerequisite-message-id: <20261101-jane-feature-v3-0-abc@example.org>
                prerequisite-patch-id: 0123456789abcdef0123456789abcdef01234567
                """)));
        RealGitMail git = new RealGitMail(tmp);
        Series s = new SeriesAssembler(git).assemble(git.read(mails)).series().get(0);
        Dependencies d = s.metadata().dependencies();
        assertThat(d.prerequisiteMessageIds()).containsExactly("20261101-jane-feature-v3-0-abc@example.org");
        assertThat(d.prerequisiteChangeIds()).containsExactly("20261101-jane-feature-0123456789ab:v3");
        assertThat(d.prerequisitePatchIds()).containsExactly("0123456789abcdef0123456789abcdef01234567");
        assertThat(d.dependsOn()).extracting(Dependencies.DependsOn::value, Dependencies.DependsOn::messageId,
                Dependencies.DependsOn::patchworkSeries).containsExactly(
                org.assertj.core.groups.Tuple.tuple("<20261101.dep-one@example.org>", Optional.of("20261101.dep-one@example.org"),
                        Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("https://patchwork.kernel.org/project/netdevbpf/list/?series=998877",
                        Optional.empty(), Optional.of(998877L)),
                org.assertj.core.groups.Tuple.tuple("https://lore.kernel.org/all/20261101.dep-two%2Bx@example.org/",
                        Optional.of("20261101.dep-two+x@example.org"), Optional.empty()));
        assertThat(d.messageIds()).containsExactly("20261101-jane-feature-v3-0-abc@example.org",
                "20261101.dep-one@example.org", "20261101.dep-two+x@example.org");
    }

    @Test
    void dependsOnFormsPatchworkKnows() {
        assertThat(Dependencies.DependsOn.of("series-5678 (\"net: the other series\")").patchworkSeries()).contains(5678L);
        assertThat(Dependencies.DependsOn.of("patch-1234").patchworkPatch()).contains(1234L);
        Dependencies.DependsOn patchUrl = Dependencies.DependsOn.of(
                "https://patchwork.kernel.org/project/netdevbpf/patch/20261101.x@example.org/");
        assertThat(patchUrl.messageId()).contains("20261101.x@example.org");
        assertThat(patchUrl.patchworkSeries()).isEmpty();
        assertThat(Dependencies.DependsOn.of("something else").messageId()).isEmpty();
    }

    @Test
    void noDependenciesIsEmpty() {
        assertThat(SeriesMetadata.read(List.of("Just prose.\n")).dependencies().isEmpty()).isTrue();
        assertThat(SeriesMetadata.read(List.of()).changeId()).isEmpty();
    }

    @Test
    void linkPatternIsConfigurable() {
        AmReadyMessage am = new AmReadyMessage();
        assertThat(am.link("a@b")).isEmpty();
        assertThat(am.setLinkPattern(AmReadyMessage.DEFAULT_LINK_PATTERN).link("20261120.abc@example.org"))
                .map(Object::toString).contains("Link: https://patch.msgid.link/20261120.abc@example.org");
        assertThat(am.setLinkPattern("https://lore.kernel.org/netdev/%s/").link("x@y"))
                .map(Object::toString).contains("Link: https://lore.kernel.org/netdev/x@y/");
        // a Message-ID that would break the trailer line is not linked
        assertThat(am.link("x y@z")).isEmpty();
        assertThat(am.link("x\n@z")).isEmpty();
        assertThatThrownBy(() -> am.setLinkPattern("https://example.org/")).isInstanceOf(IllegalArgumentException.class);
    }
}
