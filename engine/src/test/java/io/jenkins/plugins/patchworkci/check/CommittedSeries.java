package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.mail.Trailer;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A real git repository holding a base commit and a series applied on it, one commit per patch,
 * each patch's diff produced by git's diff machinery (JGit), as the apply step would leave it.
 */
final class CommittedSeries implements AutoCloseable {

    static final String AUTHOR = "Ada Lovelace";
    static final String EMAIL = "ada@example.org";
    private static final Pattern TRAILER = Pattern.compile("^([A-Za-z0-9-]+): (.*)$");

    final Path dir;
    final Git git;
    String base;
    final List<PatchUnderTest> patches = new ArrayList<>();
    List<String> recipients = List.of();

    CommittedSeries(Path dir) throws GitAPIException {
        this.dir = dir;
        this.git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /** Writes the files (null deletes) and commits them as the base. */
    CommittedSeries base(Map<String, String> files) throws IOException, GitAPIException {
        base = commit("base: initial tree", files, AUTHOR, EMAIL).name();
        return this;
    }

    RevCommit commit(String message, Map<String, String> files, String name, String email)
            throws IOException, GitAPIException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            if (e.getValue() == null) {
                Files.deleteIfExists(p);
                git.rm().addFilepattern(e.getKey()).call();
            } else {
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
                git.add().addFilepattern(e.getKey()).call();
            }
        }
        PersonIdent who = new PersonIdent(name, email);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setAllowEmpty(true).call();
    }

    /** Commits one patch; the body's last-paragraph "Token: value" lines become its trailers. */
    PatchUnderTest patch(String subject, String body, Map<String, String> files) throws IOException, GitAPIException {
        return patch(subject, body, files, AUTHOR, EMAIL);
    }

    PatchUnderTest patch(String subject, String body, Map<String, String> files, String name, String email)
            throws IOException, GitAPIException {
        RevCommit c = commit(subject + "\n\n" + body, files, name, email);
        PatchUnderTest p = new PatchUnderTest(patches.size() + 1, subject, name, email, body, trailers(body),
                diff(c), recipients, Optional.of(c.name()));
        patches.add(p);
        return p;
    }

    byte[] diff(RevCommit c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RevWalk walk = new RevWalk(git.getRepository());
                DiffFormatter f = new DiffFormatter(out)) {
            RevCommit commit = walk.parseCommit(c);
            ObjectId parent = commit.getParent(0);
            f.setRepository(git.getRepository());
            f.format(walk.parseCommit(parent).getTree(), commit.getTree());
        }
        return out.toByteArray();
    }

    static List<Trailer> trailers(String body) {
        String[] paragraphs = body.strip().split("\n\n");
        List<Trailer> out = new ArrayList<>();
        for (String line : paragraphs[paragraphs.length - 1].split("\n")) {
            Matcher m = TRAILER.matcher(line.strip());
            if (m.matches()) {
                out.add(new Trailer(m.group(1), m.group(2)));
            }
        }
        return out;
    }

    /**
     * The series' context; its tools run directly, in a build environment inside the repository's
     * .git directory: outside the work tree, and removed with the test's directory.
     */
    CheckContext.Builder context(String tree, TreeRole role) throws IOException {
        return CheckContext.builder("[PATCH " + tree + "] test series", tree, role).treeTag(tree)
                .workTree(dir, base).patches(patches)
                .launcher(ToolLauncher.direct(BuildEnvironment.in(dir.resolve(".git/pwci-build-env"), Map.of())));
    }

    @Override
    public void close() {
        git.close();
    }
}
