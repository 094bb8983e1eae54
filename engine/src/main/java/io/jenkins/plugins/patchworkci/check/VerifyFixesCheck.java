package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code verify_fixes}: every {@code Fixes:} tag names a commit of the target tree's history (an
 * ancestor of the patch, or of the base when the series was not applied) by a hash of at least 12
 * digits, with its subject quoted right, and stands among the other trailers (no blank lines
 * around it). Read with JGit from the tree's repository; the rules are the verify_fixes script's.
 *
 * <p>Options: {@code requireAncestor} (true): whether a commit that exists but is not in the
 * patch's history (another tree's commit in a shared repository) is a problem. NIPA's script only
 * asks that the commit exist.
 */
public final class VerifyFixesCheck extends PatchCheck {

    public static final String NAME = "verify_fixes";

    public VerifyFixesCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return context.workTree().isPresent() && context.baseCommit().isPresent();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) throws IOException {
        List<Trailer> fixes = patch.trailers("Fixes");
        if (fixes.isEmpty()) {
            return Verdict.success("No Fixes tag");
        }
        String tip = patch.commit().orElse(context.baseCommit().orElseThrow());
        int errors = 0;
        StringBuilder details = new StringBuilder();
        try (Repository repo = new FileRepositoryBuilder().findGitDir(context.workTree().orElseThrow().toFile())
                .setMustExist(true).build();
                ObjectReader reader = repo.newObjectReader();
                RevWalk walk = new RevWalk(reader)) {
            org.eclipse.jgit.lib.ObjectId tipId = repo.resolve(tip);
            if (tipId == null) {
                throw new IOException("commit " + tip + " is not in " + repo.getDirectory());
            }
            RevCommit head = walk.parseCommit(tipId);
            boolean requireAncestor = options.flag("requireAncestor", true);
            for (Trailer t : fixes) {
                List<String> problems = problems(t, patch.message(), walk, reader, head, requireAncestor);
                if (!problems.isEmpty()) {
                    errors += problems.size();
                    details.append("Fixes tag: ").append(t).append("\nHas these problem(s):\n");
                    problems.forEach(p -> details.append("\t- ").append(p).append('\n'));
                }
            }
        }
        if (errors > 0) {
            return Verdict.of(CheckState.FAIL, "Problems with Fixes tag: " + errors, details.toString());
        }
        return Verdict.success("Fixes tag looks correct");
    }

    private static List<String> problems(Trailer t, String message, RevWalk walk, ObjectReader reader, RevCommit head,
            boolean requireAncestor) throws IOException {
        List<String> problems = new ArrayList<>();
        if (surroundedByBlankLines(message, t)) {
            problems.add("empty lines surround the Fixes tag");
        }
        FixesTag tag = FixesTag.parse(t.value());
        problems.addAll(tag.problems());
        if (tag.hash().isEmpty()) {
            return problems;
        }
        String hash = tag.hash().orElseThrow();
        Collection<ObjectId> candidates = reader.resolve(AbbreviatedObjectId.fromString(hash));
        List<RevCommit> commits = new ArrayList<>();
        for (ObjectId id : candidates) {
            if (reader.open(id).getType() == org.eclipse.jgit.lib.Constants.OBJ_COMMIT) {
                commits.add(walk.parseCommit(id));
            }
        }
        if (commits.isEmpty()) {
            problems.add("Target SHA1 does not exist");
            return problems;
        }
        if (commits.size() > 1) {
            problems.add("SHA1 is ambiguous: " + commits.size() + " commits start with " + hash);
            return problems;
        }
        if (hash.length() < 12) {
            problems.add("SHA1 should be at least 12 digits long");
        }
        RevCommit target = commits.get(0);
        if (!tag.subject().isEmpty() && !tag.subjectMatches(target.getShortMessage())) {
            String id = target.abbreviate(12).name();
            problems.add("Subject does not match target commit subject; just use\n\t\t"
                    + "git log -1 --format='Fixes: %h (\"%s\")' " + id
                    + "\n\t\twhich gives: Fixes: " + id + " (\"" + target.getShortMessage() + "\")");
        }
        walk.reset();
        if (requireAncestor && !walk.isMergedInto(target, head)) {
            problems.add("Target is not an ancestor of this commit (not in " + "the target tree's history)");
        }
        return problems;
    }

    /** The script's {@code ##line##} test: a blank line right before and right after the tag. */
    private static boolean surroundedByBlankLines(String message, Trailer t) {
        String[] lines = message.split("\n", -1);
        for (int i = 1; i + 1 < lines.length; i++) {
            String l = lines[i].strip();
            if (l.regionMatches(true, 0, "Fixes:", 0, 6) && l.substring(6).strip().equals(t.value())
                    && lines[i - 1].isBlank() && lines[i + 1].isBlank()) {
                return true;
            }
        }
        return false;
    }
}
