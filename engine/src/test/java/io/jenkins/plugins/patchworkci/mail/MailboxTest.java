package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading mailboxes: maildir order as git's, gzip, single messages, and bad messages that do not stop the rest. */
class MailboxTest {

    @TempDir
    Path tmp;

    static String mail(String id, String subject, String body) {
        return "From nobody Mon Sep 17 00:00:00 2001\n"
                + "From: A U Thor <author@example.com>\n"
                + (id == null ? "" : "Message-ID: <" + id + ">\n")
                + "Subject: " + subject + "\n"
                + "Date: Mon, 1 Jan 2024 10:00:00 +0000\n\n" + body;
    }

    static final String DIFF = "---\n a | 1 +\n\ndiff --git a/a b/a\nindex 1234567..89abcde 100644\n--- a/a\n+++ b/a\n"
            + "@@ -1,2 +1,3 @@\n one\n+two\n three\n-- \n2.39.5\n\n";

    private static List<MailboxEntry> readAll(Path p, MailParser parser) throws IOException {
        try (Mailbox m = Mailbox.open(p, parser)) {
            return m.entries().toList();
        }
    }

    @Test
    void maildirIsReadInGitMailsplitOrder() throws Exception {
        assumeTrue(GitProcess.available(), "git is not installed");
        Path md = tmp.resolve("md");
        Files.createDirectories(md.resolve("cur"));
        Files.createDirectories(md.resolve("new"));
        Files.createDirectories(md.resolve("tmp"));
        String[] names = {"cur/10.host:2,S", "cur/2.host:2,S", "new/1.host", "cur/1a", "new/100.x", "cur/.hidden", "new/9.b"};
        int n = 0;
        for (String name : names) {
            Files.writeString(md.resolve(name), mail("m" + n + "@x", "[PATCH] msg " + n++, "body\r\n" + DIFF));
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        GitRepo.Result r = GitProcess.check(tmp, "mailsplit", "-o" + out, md.toString());
        int count = Integer.parseInt(new String(r.out(), StandardCharsets.US_ASCII).trim());
        assertThat(count).isEqualTo(6);

        assertThat(MaildirReader.list(md)).containsExactly("cur/1a", "cur/2.host:2,S", "cur/10.host:2,S", "new/1.host", "new/9.b", "new/100.x");
        try (Mailbox m = Mailbox.open(md, MailParser.withDefaults())) {
            for (int i = 1; i <= count; i++) {
                RawMessage raw = m.nextRaw();
                assertThat(raw.bytes()).isEqualTo(Files.readAllBytes(out.resolve(String.format("%04d", i))));
            }
            assertThat(m.nextRaw()).isNull();
        }
    }

    @Test
    void aMaildirFileThatVanishedIsAnErrorAndTheRestIsRead() throws Exception {
        Path md = tmp.resolve("md2");
        Files.createDirectories(md.resolve("cur"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(md.resolve("cur/" + i + ".host"), mail("v" + i + "@x", "[PATCH] " + i, "b\n" + DIFF));
        }
        try (Mailbox m = Mailbox.open(md, MailParser.withDefaults())) {
            Files.delete(md.resolve("cur/2.host"));
            List<MailboxEntry> l = m.entries().toList();
            assertThat(l).hasSize(3);
            assertThat(l.get(1)).isInstanceOf(MailError.class);
            assertThat(((MailError) l.get(1)).reason()).contains("cannot read mail");
            assertThat(((MailboxEntry.Parsed) l.get(2)).message().messageId()).isEqualTo("v3@x");
        }
    }

    @Test
    void readingHonoursInterruption() throws Exception {
        Path p = tmp.resolve("i.mbox");
        Files.writeString(p, mail("i@x", "[PATCH] i", "b\n" + DIFF));
        try (Mailbox m = Mailbox.open(p, MailParser.withDefaults())) {
            Thread.currentThread().interrupt();
            org.assertj.core.api.Assertions.assertThatThrownBy(m::next).isInstanceOf(java.io.InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void gzipMboxReadsLikeThePlainOne() throws Exception {
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            mbox.append(mail("gz" + i + "@x", "[PATCH v2 " + (i + 1) + "/50] change " + i, "Text.\n\nSigned-off-by: A <a@x>\n" + DIFF));
        }
        Path plain = tmp.resolve("t.mbox");
        Files.writeString(plain, mbox);
        Path gz = tmp.resolve("t.mbox.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(mbox.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<MailboxEntry> a = readAll(plain, MailParser.withDefaults());
        List<MailboxEntry> b = readAll(gz, MailParser.withDefaults());
        assertThat(a).hasSize(50).allMatch(e -> e instanceof MailboxEntry.Parsed);
        assertThat(b).hasSize(50);
        for (int i = 0; i < 50; i++) {
            Message ma = ((MailboxEntry.Parsed) a.get(i)).message();
            Message mb = ((MailboxEntry.Parsed) b.get(i)).message();
            assertThat(mb.messageId()).isEqualTo("gz" + i + "@x").isEqualTo(ma.messageId());
            assertThat(mb.info().subject()).isEqualTo("change " + i);
            assertThat(mb.info().patch()).isEqualTo(ma.info().patch());
        }
    }

    @Test
    void singleRawMessageWithCrlfIsOneMessage() throws Exception {
        String eml = mail("eml@x", "[PATCH] one", "Body\n" + DIFF).substring("From nobody Mon Sep 17 00:00:00 2001\n".length())
                .replace("\n", "\r\n");
        Path p = tmp.resolve("one.eml");
        Files.writeString(p, eml);
        List<MailboxEntry> l = readAll(p, MailParser.withDefaults());
        assertThat(l).hasSize(1);
        Message m = ((MailboxEntry.Parsed) l.get(0)).message();
        assertThat(m.info().message()).isEqualTo("Body\n");
        assertThat(new String(m.info().patch(), StandardCharsets.UTF_8)).doesNotContain("\r");
        assertThat(MailParser.withDefaults().parse(eml.getBytes(StandardCharsets.UTF_8)).info()).usingRecursiveComparison()
                .isEqualTo(m.info());
    }

    @Test
    void badMessagesBecomeErrorsNamingThemAndTheRestIsRead() throws Exception {
        List<String> mails = new ArrayList<>();
        mails.add(mail("good1@x", "[PATCH 1/9] good", "ok\n" + DIFF));
        mails.add(mail(null, "[PATCH 2/9] no id", "ok\n" + DIFF));
        mails.add(mail("enc@x", "=?UTF-8?Q?broken", "ok\n" + DIFF));
        mails.add(mail("charset@x", "[PATCH 4/9] charset", "").replace("\n\n",
                "\nContent-Type: text/plain; charset=x-no-such-charset\n\n") + "bad \u00e9 text\n" + DIFF);
        mails.add(mail("trunc@x", "[PATCH 5/9] truncated", "ok\n" + DIFF.substring(0, DIFF.indexOf("+two"))));
        mails.add(mail("long@x", "[PATCH 6/9] long line", "x".repeat(1_000_000) + "\n" + DIFF));
        StringBuilder bomb = new StringBuilder(mail("bomb@x", "[PATCH 7/9] bomb", "").replace("\n\n",
                "\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"));
        for (int i = 0; i < 1000; i++) {
            bomb.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        }
        bomb.append("--b--\n");
        mails.add(bomb.toString());
        String nested = mail("nest@x", "[PATCH 8/9] nested", "").replace("\n\n", "\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        StringBuilder nest = new StringBuilder(nested);
        for (int i = 1; i <= 6; i++) {
            nest.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\npreamble\n");
        }
        nest.append("--b6\n\ntext\n");
        mails.add(nest.toString());
        mails.add(mail("good9@x", "[PATCH 9/9] good", "ok\n" + DIFF));
        Path p = tmp.resolve("bad.mbox");
        Files.writeString(p, String.join("", mails));

        List<MailboxEntry> l = readAll(p, MailParser.withDefaults());
        assertThat(l).hasSize(9);
        assertThat(l.get(0)).isInstanceOf(MailboxEntry.Parsed.class);
        assertThat(l.get(8)).isInstanceOf(MailboxEntry.Parsed.class);
        assertThat(((MailboxEntry.Parsed) l.get(8)).message().messageId()).isEqualTo("good9@x");
        String[] reasons = {null, "no Message-ID", "malformed encoded word", "cannot convert from x-no-such-charset",
            "truncated diff", "a line longer than", "MIME parts", "Too many boundaries", null};
        for (int i = 1; i < 8; i++) {
            assertThat(l.get(i)).as("entry %d", i + 1).isInstanceOf(MailError.class);
            MailError e = (MailError) l.get(i);
            assertThat(e.reason()).as("entry %d", i + 1).contains(reasons[i]);
            assertThat(e.position()).isEqualTo(i + 1);
            assertThat(e.where()).contains(p.toString());
        }
        assertThat(((MailError) l.get(1)).where()).startsWith("message 2 (byte ");
        assertThat(((MailError) l.get(2)).where()).startsWith("<enc@x>");
        assertThat(((MailError) l.get(2)).messageId()).contains("enc@x");
    }

    @Test
    void oversizedMessageIsAnErrorAndSplittingGoesOn() throws Exception {
        String big = mail("big@x", "[PATCH] big", "y\n".repeat(40_000) + DIFF);
        String small = mail("small@x", "[PATCH] small", "ok\n" + DIFF);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write((small + big + small.replace("small@x", "small2@x")).getBytes(StandardCharsets.UTF_8));
        Path p = tmp.resolve("big.mbox");
        Files.write(p, b.toByteArray());
        MailParser parser = MailParser.withDefaults().withLimits(MailLimits.defaults().withMaxMessageBytes(50_000));
        List<MailboxEntry> l = readAll(p, parser);
        assertThat(l).hasSize(3);
        assertThat(l.get(1)).isInstanceOf(MailError.class);
        assertThat(((MailError) l.get(1)).reason()).contains("larger than 50000");
        assertThat(((MailboxEntry.Parsed) l.get(2)).message().messageId()).isEqualTo("small2@x");
    }

    @Test
    void messageFieldsFromHeaders() throws Exception {
        String raw = "From: =?UTF-8?q?J=C3=B6rg_M=C3=BCller?= <joerg@example.org>\n"
                + "Message-ID: <abc@example.org>\nIn-Reply-To: <cover@example.org>\n"
                + "References: <root@example.org>\n <cover@example.org>\n"
                + "Subject: [PATCH net-next v2 1/3] net: =?UTF-8?q?f=C3=BCx?= it\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n"
                + "From: Other Author <other@example.org>\n\nWhy.\n\nSigned-off-by: Other Author <other@example.org>\n" + DIFF;
        Message m = MailParser.withDefaults().parse(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(m.messageId()).isEqualTo("abc@example.org");
        assertThat(m.inReplyTo()).contains("cover@example.org");
        assertThat(m.references()).containsExactly("root@example.org", "cover@example.org");
        assertThat(m.from()).isEqualTo(new Address("Jörg Müller", "joerg@example.org"));
        assertThat(m.subject()).isEqualTo("[PATCH net-next v2 1/3] net: füx it");
        assertThat(m.info().author()).isEqualTo("Other Author");
        assertThat(m.info().email()).isEqualTo("other@example.org");
        assertThat(m.info().subject()).isEqualTo("net: füx it");
        assertThat(m.info().message()).isEqualTo("Why.\n\nSigned-off-by: Other Author <other@example.org>\n");
        Patch patch = Patch.of(m);
        assertThat(patch.prefix().treeTag()).contains("net-next");
        assertThat(patch.prefix().version()).isEqualTo(2);
        assertThat(patch.trailers()).containsExactly(new Trailer("Signed-off-by", "Other Author <other@example.org>"));
        assertThat(patch.patchId()).hasSize(40);
    }
}
