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
        StringBuilder text = new StringBuilder();
        for (Mail m : mails) {
            text.append("From mboxrd@z Thu Jan  1 00:00:00 1970\n");
            // format-patch's own "From <sha> Mon Sep 17" separator is replaced by ours
            String body = m.text.replaceFirst("^From [0-9a-f]{40} [^\\n]*\\n", "");
            text.append(body.replaceAll("(?m)^(>*From )", ">$1"));
            text.append(body.endsWith("\n") ? "\n" : "\n\n");
        }
        mbox = tmp.resolve("thread.mbox");
        Files.writeString(mbox, text);
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

    private List<String> ours(AmReadyMessage am) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            out.add(am.commitMessage(series, series.patch(i).orElseThrow()));
        }
        return out;
    }

    /** The commit messages of b4's am-ready mbox, as git mailinfo reads them. */
    private List<String> b4Am(String name, String option) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("b4-" + name));
        Path home = Files.createDirectories(tmp.resolve("home-" + name));
        ProcessBuilder pb = new ProcessBuilder("b4", "--offline-mode", "am", "-m", mbox.toString(), "-o", out.toString(),
                "-t", option, mails.get(0).messageId()).directory(tmp.toFile()).redirectErrorStream(true);
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
        assertThat(amReady).as(log).hasSize(3);
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < amReady.size(); i++) {
            MailInfo info = git.read(amReady.get(i).with("Message-Id", "<b4-" + i + "@example.org>")).info();
            messages.add(info.subject() + "\n\n" + info.message());
        }
        return messages;
    }
}
