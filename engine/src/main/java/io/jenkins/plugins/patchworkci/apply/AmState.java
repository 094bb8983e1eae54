package io.jenkins.plugins.patchworkci.apply;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * git am's state directory, {@code $GIT_DIR/rebase-apply}, written as git am (builtin/am.c) leaves
 * it when it stops: so that the real {@code git am --show-current-patch}, {@code --continue},
 * {@code --skip} and {@code --abort} take over where {@code pwci am} stopped. Written only when a
 * series stops, never per patch. Also the {@code ORIG_HEAD} git am records before it starts.
 *
 * <p>The files: the messages as {@code git mailsplit} writes them ({@code 0001}, ...), git am's
 * options ({@code threeway}, {@code quiet}, {@code sign}, {@code utf8}, {@code keep},
 * {@code messageid}, {@code scissors}, {@code quoted-cr}, {@code apply-opt}, {@code applying}),
 * {@code abort-safety} (the HEAD {@code --abort} expects), the stopped patch's mailinfo output
 * ({@code info}, {@code msg}, {@code patch}), its {@code author-script} and {@code final-commit},
 * then {@code next} and {@code last}, which git reads as "am in progress".
 */
public final class AmState {

    /**
     * The options git am records (those {@code pwci am} has; the others are git's defaults).
     *
     * @param threeWay {@code -3}
     * @param quiet {@code -q}
     * @param signOff {@code -s}
     */
    public record Options(boolean threeWay, boolean quiet, boolean signOff) {}

    private final Repository repo;
    private final Path dir;

    public AmState(Repository repo) {
        this.repo = repo;
        this.dir = repo.getDirectory().toPath().resolve("rebase-apply");
    }

    /** git am's refusal to start a new am while this directory exists, in git's words; empty when free. */
    public Optional<String> refusal() {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.isRegularFile(dir.resolve("last"), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve("next"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("previous rebase directory " + shown() + " still exists but mbox given.");
        }
        return Optional.of("Stray " + shown() + " directory found.\nUse \"git am --abort\" to remove it.");
    }

    /** The stopped patch's file as git names it in its messages ({@code .git/rebase-apply/patch}). */
    public String patchFile() {
        return shown() + "/patch";
    }

    /** git am's first step: {@code ORIG_HEAD} names the commit before the series. */
    public void recordOrigHead(ObjectId head) throws IOException {
        RefUpdate u = repo.updateRef("ORIG_HEAD", true);
        u.setNewObjectId(head);
        u.setForceUpdate(true);
        u.disableRefLog();
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.NO_CHANGE
                && r != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("cannot update ORIG_HEAD: " + r);
        }
    }

    /**
     * The state git am leaves when it stops at a patch.
     *
     * @param mails every message, as {@code git mailsplit} writes them
     * @param stoppedAt the 1-based number of the patch that did not apply
     * @param patch that patch
     * @param committer the committer (its sign-off goes into {@code final-commit} with {@code -s})
     * @param head the commit HEAD is at now (after the patches before it)
     */
    public void writeStopped(Options options, List<byte[]> mails, int stoppedAt,
            PatchToApply patch, PersonIdent committer, ObjectId head) throws IOException {
        writeSetup(options, mails, head);
        MailInfo info = patch.info();
        write("info", info(info).getBytes(StandardCharsets.UTF_8));
        write("msg", info.message().getBytes(StandardCharsets.UTF_8));
        write("patch", info.patch());
        write("author-script", ("GIT_AUTHOR_NAME=" + shellQuoted(info.author()) + "\nGIT_AUTHOR_EMAIL="
                + shellQuoted(info.email()) + "\nGIT_AUTHOR_DATE=" + shellQuoted(info.date()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        String finalCommit = PatchCommitter.message(patch,
                new CommitSettings(committer, options.signOff(), null, Clock.systemUTC()));
        write("final-commit", finalCommit.getBytes(StandardCharsets.UTF_8));
        writeProgress(stoppedAt, mails.size());
    }

    /**
     * The state git am leaves when it refuses a dirty index: set up, nothing applied, and
     * {@code dirtyindex}, which makes {@code git am --abort} leave HEAD and the index alone.
     */
    public void writeDirtyIndex(Options options, List<byte[]> mails, ObjectId head)
            throws IOException {
        writeSetup(options, mails, head);
        writeText("dirtyindex", "t");
        writeProgress(1, mails.size());
    }

    private void writeSetup(Options options, List<byte[]> mails, ObjectId head) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < mails.size(); i++) {
            write(String.format("%04d", i + 1), mails.get(i));
        }
        writeText("threeway", flag(options.threeWay()));
        writeText("quiet", flag(options.quiet()));
        writeText("sign", flag(options.signOff()));
        writeText("utf8", "t");
        writeText("keep", "f");
        writeText("messageid", "f");
        writeText("scissors", "");
        writeText("quoted-cr", "");
        writeText("apply-opt", "");
        writeText("applying", "");
        writeText("abort-safety", head.name());
    }

    /** Written last: with them, git takes the directory for an am in progress. */
    private void writeProgress(int next, int last) throws IOException {
        writeText("next", Integer.toString(next));
        writeText("last", Integer.toString(last));
    }

    /** The lines {@code git mailinfo} prints, as git am keeps them in {@code info}. */
    private static String info(MailInfo info) {
        StringBuilder s = new StringBuilder();
        if (!info.author().isEmpty() || !info.email().isEmpty()) {
            s.append("Author: ").append(info.author()).append("\nEmail: ").append(info.email()).append('\n');
        }
        if (!info.subject().isEmpty()) {
            s.append("Subject: ").append(info.subject()).append('\n');
        }
        if (!info.date().isEmpty()) {
            s.append("Date: ").append(info.date()).append('\n');
        }
        return s.append('\n').toString();
    }

    /** git's {@code sq_quote_buf}: in single quotes, with {@code '} and {@code !} escaped outside them. */
    static String shellQuoted(String s) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '!') {
                out.append("'\\").append(c).append('\'');
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private static String flag(boolean b) {
        return b ? "t" : "f";
    }

    /** git's {@code write_file}: the text and a newline, none for an empty text. */
    private void writeText(String name, String text) throws IOException {
        write(name, (text.isEmpty() ? "" : text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    /** The directory as git names it in messages: relative to the work tree when inside it. */
    private String shown() {
        Path top = repo.isBare() ? null : repo.getWorkTree().toPath();
        return top != null && dir.startsWith(top) ? top.relativize(dir).toString() : dir.toString();
    }
}
