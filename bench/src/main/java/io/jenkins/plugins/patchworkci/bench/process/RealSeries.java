package io.jenkins.plugins.patchworkci.bench.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series made from real history: the newest run of {@code size} consecutive commits on the first-parent
 * line that are not merges, written by {@code git format-patch --thread} as a maintainer would
 * receive it, with the commit it applies to.
 *
 * @param base the parent of the series' first commit
 * @param tip the series' last commit, what {@code git am} on {@code base} reproduces (but for committer)
 * @param mbox the series, one mail per commit
 * @param patches how many mails {@code git format-patch} wrote (it leaves out commits with no change)
 * @param firstMessageId the Message-ID of the first mail, which the others reply to
 */
public record RealSeries(String base, String tip, Path mbox, int patches, String firstMessageId) {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?mi)^Message-ID: <([^>]+)>");

    /** Writes the newest {@code size}-commit series of {@code repo} to {@code mbox}. */
    public static RealSeries newest(Path repo, int size, Path mbox) throws IOException, InterruptedException {
        List<String> lines = Git.run(repo, "rev-list", "--first-parent", "--parents", "HEAD").lines().toList();
        int run = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] ids = lines.get(i).split(" ");
            run = ids.length == 2 ? run + 1 : 0; // a merge (or the root commit) breaks the run
            if (run == size) {
                String tip = lines.get(i - size + 1).split(" ")[0];
                String base = ids[1];
                Files.writeString(mbox, Git.run(repo, "format-patch", "--thread", "--stdout", base + ".." + tip),
                        StandardCharsets.UTF_8);
                String text = Files.readString(mbox, StandardCharsets.UTF_8);
                Matcher m = MESSAGE_ID.matcher(text);
                int patches = (int) text.lines().filter(l -> l.startsWith("From ") && l.length() > 45).count();
                return new RealSeries(base, tip, mbox, patches, m.find() ? m.group(1) : "");
            }
        }
        throw new IOException(repo + " has no " + size + " consecutive commits without a merge");
    }
}
