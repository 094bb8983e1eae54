package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.PatchId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prerequisite patches (unmerged, supplied, merged) and tier 4 (three-way from rebuilt preimages). */
class PrerequisitesAndRebuiltTierTest {

    @TempDir
    Path tmp;

    @Test
    void prerequisitesUnmergedSuppliedOrMerged() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("repo"));
        g.write("f.c", EveryDiffShapeSeries.lines("f", 20));
        String base = g.commit("base", "1500000000 +0000");
        g.write("f.c", EveryDiffShapeSeries.lines("f", 20).replace("f 10\n", "f ten\n"));
        String a = g.commit("prerequisite: change ten", "1500000100 +0000");
        g.write("f.c", EveryDiffShapeSeries.lines("f", 20).replace("f 10\n", "f ten\nf ten and a half\n"));
        String b = g.commit("dependent: add after ten", "1500000200 +0000");
        List<PatchToApply> prereq = g.mailinfo(g.exec(null, Map.of(), "format-patch", "--stdout", base + ".." + a).out(), false);
        List<PatchToApply> series = g.mailinfo(g.exec(null, Map.of(), "format-patch", "--stdout", a + ".." + b).out(), false);
        String prereqId = PatchId.stable(prereq.get(0).info().patch()).orElse(null);

        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            AppliedSeries unmerged = new ApplySeries(repo).setTip(ObjectId.fromString(base)).setPatches(series)
                    .setPrerequisitePatchIds(List.of(prereqId)).call();
            assertThat(unmerged.applied()).isFalse();
            assertThat(unmerged.unmergedPrerequisites()).containsExactly(prereqId);
            assertThat(unmerged.failure().orElseThrow().reason()).startsWith("depends on unmerged patch " + prereqId);

            AppliedSeries supplied = new ApplySeries(repo).setTip(ObjectId.fromString(base)).setPatches(series)
                    .setPrerequisitePatchIds(List.of(prereqId)).setPrerequisiteSeries(prereq).call();
            assertThat(supplied.applied()).isTrue();
            assertThat(supplied.unmergedPrerequisites()).isEmpty();
            assertThat(supplied.commits()).extracting(AppliedCommit::prerequisite).containsExactly(true, false);

            AppliedSeries merged = new ApplySeries(repo).setTip(ObjectId.fromString(a)).setPatches(series)
                    .setPrerequisitePatchIds(List.of(prereqId)).call();
            assertThat(merged.applied()).isTrue();
            assertThat(merged.unmergedPrerequisites()).isEmpty();
        }
    }

    @Test
    void rebuiltPreimageWhenTheBlobsAreMissing() throws Exception {
        GitCli author = GitCli.init(tmp.resolve("author"));
        author.write("main.c", EveryDiffShapeSeries.lines("int main", 30));
        String base = author.commit("base", "1500000000 +0000");
        author.write("main.c", EveryDiffShapeSeries.lines("int main", 30).replace("int main 5\n", "int main five\n"));
        String head = author.commit("change five", "1500000100 +0000");
        List<PatchToApply> patches = author.mailinfo(
                author.exec(null, Map.of(), "format-patch", "--stdout", base + ".." + head).out(), false);

        // Another repository: never had the author's blobs, and line 3 differs (inside the hunk's context).
        GitCli tree = GitCli.init(tmp.resolve("tree"));
        tree.write("main.c", EveryDiffShapeSeries.lines("int main", 30).replace("int main 3\n", "int main three\n"));
        String tip = tree.commit("tip", "1500000000 +0000");
        try (Repository repo = new FileRepositoryBuilder().setGitDir(tree.dir.resolve(".git").toFile()).build()) {
            AppliedSeries threeWay = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(patches)
                    .setThreeWay(true).call();
            assertThat(threeWay.applied()).isFalse();
            assertThat(threeWay.failure().orElseThrow().where().path()).isEqualTo("main.c");

            AppliedSeries rebuilt = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(patches)
                    .setThreeWay(true).setRebuildPreimage(true).call();
            assertThat(rebuilt.tier()).contains(Tier.THREE_WAY_REBUILT);
            assertThat(rebuilt.tipFailure()).isPresent();
            assertThat(read(repo, rebuilt.tree().orElseThrow(), "main.c")).isEqualTo(EveryDiffShapeSeries.lines("int main", 30)
                    .replace("int main 3\n", "int main three\n").replace("int main 5\n", "int main five\n"));
        }
    }

    static String read(Repository repo, ObjectId tree, String path) throws Exception {
        try (RevWalk rw = new RevWalk(repo); TreeWalk tw = TreeWalk.forPath(repo, path, rw.parseTree(tree))) {
            return new String(repo.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }
}
