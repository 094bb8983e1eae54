package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against b4 itself: {@code b4 am} on the same thread, offline, must produce the
 * same commit messages as {@link AmReadyMessage} (trailers found, ignored, deduplicated, ordered;
 * Link). Skipped when b4 is not installed (Debian package {@code b4}). {@code -t} applies cover
 * letter trailers to every patch: b4 0.12 (Debian 12) needs it, current b4 always does.
 */
class B4DifferentialTest {

    @TempDir
    Path tmp;

    List<Mail> mails;
    RealGitMail git;
    Series series;
    Path mbox;

    static boolean b4Installed() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "b4")));
    }

    @BeforeEach
    void thread() throws Exception {
        assumeTrue(b4Installed(), "b4 is not installed (apt-get install b4): differential test skipped");
        mails = ReviewTrailersTest.reviewThread(tmp);
        git = new RealGitMail(tmp);
        series = new SeriesAssembler(git).assemble(git.read(mails)).series().get(0);
        mbox = writeMbox(tmp.resolve("thread.mbox"), mails);
    }

    static Path writeMbox(Path file, List<Mail> mails) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (Mail m : mails) {
            text.append("From mboxrd@z Thu Jan  1 00:00:00 1970\n");
            // format-patch's own "From <sha> Mon Sep 17" separator is replaced by ours
            String body = m.text.replaceFirst("^From [0-9a-f]{40} [^\\n]*\\n", "");
            text.append(body.replaceAll("(?m)^(>*From )", ">$1"));
            text.append(body.endsWith("\n") ? "\n" : "\n\n");
        }
        return Files.writeString(file, text);
    }

    @Test
    void amReadyMessagesEqualB4Am() throws Exception {
        assertThat(ours(new AmReadyMessage().setLinkPattern(AmReadyMessage.DEFAULT_LINK_PATTERN)))
                .isEqualTo(b4Am("default", "-l"));
    }

    @Test
    void sloppyTrailersEqualB4AmSloppy() throws Exception {
        assertThat(ours(new AmReadyMessage().setIncludeMismatched(true))).isEqualTo(b4Am("sloppy", "-S"));
    }

    /**
     * v1 and v2 in one thread (v2's cover letter replies to v1's): b4 picks v2 and carries the
     * reviews of v1's unchanged patches over; so do we, with the lineage's earlier versions.
     */
    @Test
    void latestVersionWithTrailersCarriedOverEqualsB4Am() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("versions"));
        DeveloperRepo repo = new DeveloperRepo(Files.createDirectories(dir.resolve("repo")));
        List<Mail> all = new ArrayList<>();
        for (int v = 1; v <= 2; v++) {
            repo.git("checkout", "-q", "-b", "v" + v, "base");
            repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
            repo.commit("b.c", v == 2 ? "long b;\n" : "int b;\n", "net: add b", "Adds b.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
            repo.commit("c.c", "int c;\n", "net: add c", "Adds c.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
            List<String> args = new ArrayList<>(List.of("--cover-letter", "--thread=shallow", "-v", "" + v));
            if (v == 2) {
                args.add("--in-reply-to=" + all.get(0).messageId());
            }
            args.add("base..v" + v);
            List<Mail> sent = repo.formatPatch("bv" + v, args.toArray(String[]::new));
            for (int i = 0; i < sent.size(); i++) {
                Mail m = sent.get(i).with("Date", SeriesAssemblyTest.date(v * 100 + i));
                all.add(i == 0 ? m.with("Subject", "[PATCH v" + v + " 0/3] net: additions")
                        .withBody(m.body().replace("*** BLURB HERE ***", "Additions.")) : m);
            }
        }
        // v1: reviews of 1/3 and 2/3 and an ack on the cover letter; v2: an ack of 3/3
        all.add(Mail.reply(all.get(1), "v1-r1@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(150),
                "Reviewed-by: Bob <bob@example.net>"));
        all.add(Mail.reply(all.get(2), "v1-r2@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(151),
                "Reviewed-by: Bob <bob@example.net>"));
        all.add(Mail.reply(all.get(0), "v1-c@example.com", "Dave <dave@example.com>", SeriesAssemblyTest.date(152),
                "Acked-by: Dave <dave@example.com>"));
        all.add(Mail.reply(all.get(7), "v2-r3@example.com", "Carol <carol@example.com>", SeriesAssemblyTest.date(250),
                "Acked-by: Carol <carol@example.com>"));
        Path file = writeMbox(dir.resolve("versions.mbox"), all);

        RealGitMail reader = new RealGitMail(dir);
        List<Series> found = new SeriesAssembler(reader).assemble(reader.read(all)).series();
        Lineage lineage = new LineageLinker().link(found).get(0);
        Series v2 = lineage.latest();
        assertThat(v2.version()).isEqualTo(2);
        AmReadyMessage am = new AmReadyMessage().setEarlierVersions(lineage.versions());
        List<String> mine = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            mine.add(am.commitMessage(v2, v2.patch(i).orElseThrow()));
        }
        assertThat(mine).isEqualTo(b4Am("versions", file, all.get(4).messageId(), "-C"));
        // and what carried over is what we say is unchanged
        assertThat(lineage.unchangedIn(v2.id())).extracting(UnchangedPatch::newerIndex).containsExactly(1, 3);
    }

    /**
     * A partial reroll: v2 resends 2/3 and 3/3 in reply to v1's (3/3 under a review). b4 completes
     * v2 with v1's 1/3; so does our lineage. The commit messages, with trailers from v1's replies
     * (3/3 is unchanged, so its v1 review carries over), must be b4's.
     */
    @Test
    void partialRerollEqualsB4Am() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reroll"));
        DeveloperRepo repo = new DeveloperRepo(Files.createDirectories(dir.resolve("repo")));
        List<List<Mail>> versions = new ArrayList<>();
        for (int v = 1; v <= 2; v++) {
            repo.git("checkout", "-q", "-b", "v" + v, "base");
            repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
            repo.commit("b.c", v == 2 ? "long b;\n" : "int b;\n", "net: add b", "Adds b.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
            repo.commit("c.c", "int c;\n", "net: add c", "Adds c.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
            List<Mail> sent = repo.formatPatch("rr" + v, "--thread=shallow", "-v", "" + v, "base..v" + v);
            List<Mail> dated = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                dated.add(sent.get(i).with("Date", SeriesAssemblyTest.date(v * 100 + i)));
            }
            versions.add(dated);
        }
        List<Mail> v1 = versions.get(0);
        List<Mail> all = new ArrayList<>(v1);
        Mail reviewA = Mail.reply(v1.get(0), "rr-a@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(150),
                "Reviewed-by: Bob <bob@example.net>");
        Mail reviewC = Mail.reply(v1.get(2), "rr-c@example.com", "Carol <carol@example.com>", SeriesAssemblyTest.date(151),
                "Tested-by: Carol <carol@example.com>");
        all.addAll(List.of(reviewA, reviewC));
        Mail b2 = versions.get(1).get(1).with("In-Reply-To", "<" + v1.get(1).messageId() + ">")
                .with("References", "<" + v1.get(0).messageId() + "> <" + v1.get(1).messageId() + ">");
        Mail c2 = versions.get(1).get(2).with("In-Reply-To", "<rr-c@example.com>")
                .with("References", "<" + v1.get(0).messageId() + "> <" + v1.get(2).messageId() + "> <rr-c@example.com>");
        all.addAll(List.of(b2, c2));
        Path file = writeMbox(dir.resolve("reroll.mbox"), all);

        RealGitMail reader = new RealGitMail(dir);
        List<Series> found = new SeriesAssembler(reader).assemble(reader.read(all)).series();
        Lineage lineage = new LineageLinker().link(found).get(0);
        Series second = lineage.latest();
        PartialReroll reroll = lineage.partialReroll(second.id()).orElseThrow();
        AmReadyMessage am = new AmReadyMessage().setEarlierVersions(lineage.versions());
        List<String> mine = new ArrayList<>();
        for (var p : reroll.patches()) {
            Series owner = lineage.versions().stream().filter(s -> s.patches().contains(p)).findFirst().orElseThrow();
            mine.add(am.commitMessage(owner, p));
        }
        assertThat(mine).isEqualTo(b4Am("reroll", file, b2.messageId(), "-C"));
    }

    private List<String> ours(AmReadyMessage am) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            out.add(am.commitMessage(series, series.patch(i).orElseThrow()));
        }
        return out;
    }

    /** The commit messages of b4's am-ready mbox, as git mailinfo reads them. */
    private List<String> b4Am(String name, String option) throws Exception {
        return b4Am(name, mbox, mails.get(0).messageId(), option);
    }

    private List<String> b4Am(String name, Path mbox, String msgid, String option) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("b4-" + name));
        Path home = Files.createDirectories(tmp.resolve("home-" + name));
        ProcessBuilder pb = new ProcessBuilder("b4", "--offline-mode", "am", "-m", mbox.toString(), "-o", out.toString(),
                "-t", option, msgid).directory(tmp.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        String[][] config = {
            {"b4.linkmask", "https://patch.msgid.link/%s"},
            {"b4.attestation-policy", "off"},
            // b4 0.12 needs an identity even when it adds no Signed-off-by of its own (no -s)
            {"user.name", "Applying Maintainer"},
            {"user.email", "maintainer@example.org"},
        };
        env.put("GIT_CONFIG_COUNT", Integer.toString(config.length));
        for (int i = 0; i < config.length; i++) {
            env.put("GIT_CONFIG_KEY_" + i, config[i][0]);
            env.put("GIT_CONFIG_VALUE_" + i, config[i][1]);
        }
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        Path mbx;
        try (Stream<Path> files = Files.list(out)) {
            mbx = files.filter(f -> f.toString().endsWith(".mbx")).findFirst().orElseThrow(() -> new AssertionError(log));
        }
        List<Mail> amReady = Mail.splitMboxrd(Files.readString(mbx));
        assertThat(amReady).as(log).isNotEmpty();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < amReady.size(); i++) {
            MailInfo info = git.read(amReady.get(i).with("Message-Id", "<b4-" + i + "@example.org>")).info();
            messages.add(info.subject() + "\n\n" + info.message());
        }
        return messages;
    }
}
