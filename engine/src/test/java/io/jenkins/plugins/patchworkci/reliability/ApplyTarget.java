package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The small repository the reliability tests apply hostile and fuzzed patches to: one commit, {@code base},
 * of {@code src/a.c} (three lines), a {@code README} and a symbolic link {@code link}; and the check that
 * what an applied series committed stays inside the tree. A static JUnit 5 extension ({@code @RegisterExtension
 * static final ApplyTarget target = new ApplyTarget("src");}): the repository is made in a folder of its own
 * before the class's tests, and closed and deleted after them.
 */
final class ApplyTarget implements BeforeAllCallback, AfterAllCallback {

    private final String linkTarget;
    private Path dir;
    private Repository repo;
    private ObjectId base;

    /** The repository's {@code link} points at {@code linkTarget} (inside the tree, or out of it). */
    ApplyTarget(String linkTarget) {
        this.linkTarget = linkTarget;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("pwci-apply-target");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(dir.resolve("src"));
            Files.writeString(dir.resolve("src/a.c"), "line 1\nline 2\nline 3\n");
            Files.writeString(dir.resolve("README"), "readme\n");
            Files.createSymbolicLink(dir.resolve("link"), Path.of(linkTarget));
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Base", "base@example.org");
            base = git.commit().setMessage("base").setAuthor(who).setCommitter(who).call().getId();
            repo = git.getRepository();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        repo.close();
        // deepest first; a walk does not follow the symbolic link, so only the link itself is deleted
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The patches applied as one series on {@code base}, with or without a three-way fallback. */
    AppliedSeries apply(List<PatchToApply> patches, boolean threeWay) throws IOException {
        return new ApplySeries(repo).setTip(base).setPatches(patches).setThreeWay(threeWay).call();
    }

    /**
     * No path in the commit's tree leaves the tree or names git's own directory. (Writing through a
     * symlink is refused by the applier and proven with crafted patches in HostileCorpusTest.)
     */
    void assertSafeTree(ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(commit).getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                String path = tw.getPathString();
                for (String seg : path.split("/")) {
                    String s = seg.toLowerCase(Locale.ROOT).strip();
                    assertThat(s).as(path).isNotIn("", ".", "..").doesNotStartWith(".git");
                }
                assertThat(path).doesNotStartWith("/");
            }
        }
    }
}
