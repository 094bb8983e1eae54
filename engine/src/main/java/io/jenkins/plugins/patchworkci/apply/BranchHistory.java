package io.jenkins.plugins.patchworkci.apply;

import io.jenkins.plugins.patchworkci.mail.PatchId;
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
import org.jspecify.annotations.Nullable;

/**
 * The last commits of a branch (first parents), to tell whether a patch is already there: by
 * patch-id or, failing that, by subject. Patch-ids come from {@code git log -p} when the git
 * command is installed (git's own diffs, hence git's patch-ids), else from JGit's diffs made as
 * close to git's as JGit allows (Myers, renames; no indent heuristic, so a hunk may differ now
 * and then). Computed on first use only: a diff per commit is the expensive part.
 */
final class BranchHistory {

    private final Repository repo;
    private final ObjectReader reader;
    private final ObjectId tip;
    private final int depth;
    private final boolean useGitCommand;
    private List<RevCommit> commits;
    private Map<String, ObjectId> patchIds;

    BranchHistory(Repository repo, ObjectReader reader, ObjectId tip, int depth, boolean useGitCommand) {
        this.useGitCommand = useGitCommand;
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
        if (patchIds == null && useGitCommand && repo.getDirectory() != null) {
            GitExecutable git = GitExecutable.onPath();
            if (git != null) {
                patchIds = patchIdsFromGitLog(git);
            }
        }
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
                    String id = PatchId.stable(out.toByteArray()).orElse(null);
                    if (id != null) {
                        patchIds.putIfAbsent(id, c.copy());
                    }
                }
            }
        }
        return Optional.ofNullable(patchIds.get(patchId));
    }

    /**
     * The patch-ids from {@code git log -p}: git's own diffs (its Myers with the indent
     * heuristic, its rename detection), so the ids are exactly what {@code git patch-id} gives.
     */
    @Nullable
    private Map<String, ObjectId> patchIdsFromGitLog(GitExecutable git) throws IOException {
        byte[] log;
        try {
            log = git.runBytes(repo.getDirectory().toPath(), "log", "--first-parent", "-n", Integer.toString(depth),
                    "--no-color", "--no-ext-diff", "-p", "--format=commit %H", tip.name(), "--");
        } catch (IOException e) {
            return null; // fall back on JGit's diffs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading history");
        }
        Map<String, ObjectId> ids = new HashMap<>();
        int start = -1;
        ObjectId commit = null;
        int p = 0;
        while (p <= log.length) {
            int e = p < log.length ? Hunk.lineEnd(log, p, log.length) : p;
            boolean header = p < log.length && e - p >= 47 && log[p] == 'c' && startsWith(log, p, "commit ")
                    && ObjectId.isId(new String(log, p + 7, 40, java.nio.charset.StandardCharsets.US_ASCII));
            if (header || p == log.length) {
                if (commit != null) {
                    String id = PatchId.stable(java.util.Arrays.copyOfRange(log, start, p)).orElse(null);
                    if (id != null) {
                        ids.putIfAbsent(id, commit);
                    }
                }
                if (p == log.length) {
                    break;
                }
                commit = ObjectId.fromString(new String(log, p + 7, 40, java.nio.charset.StandardCharsets.US_ASCII));
                start = e;
            }
            p = e;
        }
        return ids;
    }

    private static boolean startsWith(byte[] b, int p, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (p + i >= b.length || b[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
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
