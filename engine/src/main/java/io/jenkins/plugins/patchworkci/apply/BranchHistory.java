package io.jenkins.plugins.patchworkci.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The last commits of a branch (first parents), to tell whether a patch is already there: by
 * patch-id (computed from a diff made as {@code git format-patch} makes it: Myers, renames) or,
 * failing that, by subject. Patch-ids are computed on first use only: a diff per commit is the
 * expensive part.
 */
final class BranchHistory {

    private final Repository repo;
    private final ObjectReader reader;
    private final ObjectId tip;
    private final int depth;
    private List<RevCommit> commits;
    private Map<String, ObjectId> patchIds;

    BranchHistory(Repository repo, ObjectReader reader, ObjectId tip, int depth) {
        this.repo = repo;
        this.reader = reader;
        this.tip = tip;
        this.depth = depth;
    }

    private List<RevCommit> commits() throws IOException {
        if (commits == null) {
            commits = new ArrayList<>();
            try (RevWalk rw = new RevWalk(reader)) {
                rw.setFirstParent(true);
                rw.markStart(rw.parseCommit(tip));
                for (RevCommit c : rw) {
                    if (commits.size() >= depth) {
                        break;
                    }
                    c.getFullMessage(); // parse body while the walk holds it
                    commits.add(c);
                }
            }
        }
        return commits;
    }

    Optional<ObjectId> withPatchId(String patchId) throws IOException {
        if (patchIds == null) {
            patchIds = new HashMap<>();
            try (RevWalk rw = new RevWalk(reader)) {
                for (RevCommit listed : commits()) {
                    RevCommit c = rw.parseCommit(listed);
                    if (c.getParentCount() == 0) {
                        continue;
                    }
                    RevCommit parent = rw.parseCommit(c.getParent(0));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (DiffFormatter f = new DiffFormatter(out)) {
                        f.setReader(reader, repo.getConfig());
                        f.setDiffAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.MYERS));
                        f.setDetectRenames(true);
                        f.format(parent.getTree(), c.getTree());
                    }
                    String id = PatchId.compute(out.toByteArray());
                    if (id != null) {
                        patchIds.putIfAbsent(id, c.copy());
                    }
                }
            }
        }
        return Optional.ofNullable(patchIds.get(patchId));
    }

    Optional<ObjectId> withSubject(String subject) throws IOException {
        for (RevCommit c : commits()) {
            if (c.getShortMessage().equals(subject)) {
                return Optional.of(c.copy());
            }
        }
        return Optional.empty();
    }
}
