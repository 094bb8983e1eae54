package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our mailsplit and mailinfo against the expected outputs of git's own test t5100-mailinfo.sh,
 * its samples carried as data: every check that script makes, made on our parser.
 */
class MailinfoT5100Test {

    private static final MailinfoOptions U = MailinfoOptions.defaults();

    private static MailinfoResult mailinfo(byte[] mail, MailinfoOptions o) throws MailException {
        return new MailParser(MailLimits.unlimited(), o, SplitOptions.defaults()).mailinfo(mail);
    }

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void splitsTheSampleBoxInto18() throws Exception {
        assertThat(T5100Data.split("sample.mbox", SplitOptions.defaults().withAllowBare(false))).hasSize(18);
    }

    @TestFactory
    Stream<DynamicTest> sampleMboxMatchesExpectedInfoMsgPatch() throws Exception {
        List<byte[]> mails = T5100Data.split("sample.mbox", SplitOptions.defaults());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            String n = String.format("%04d", i + 1);
            byte[] mail = mails.get(i);
            for (String opt : new String[] {"", "--scissors", "--no-inbody-headers", "--message-id"}) {
                if (!T5100Data.exists("msg" + n + opt)) {
                    continue;
                }
                MailinfoOptions o = switch (opt) {
                    case "--scissors" -> U.withScissors(true);
                    case "--no-inbody-headers" -> U.withInbodyHeaders(false);
                    case "--message-id" -> U.withAddMessageId(true);
                    default -> U;
                };
                tests.add(DynamicTest.dynamicTest("mailinfo " + n + opt, () -> {
                    MailinfoResult r = mailinfo(mail, o);
                    assertThat(s(r.message())).isEqualTo(s(T5100Data.bytes("msg" + n + opt)));
                    assertThat(s(r.patch())).isEqualTo(s(T5100Data.bytes("patch" + n + opt)));
                    assertThat(s(r.info())).isEqualTo(s(T5100Data.bytes("info" + n + opt)));
                    assertThat(r.patch()).isEqualTo(T5100Data.bytes("patch" + n + opt));
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(18);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> rfc2047Samples() throws Exception {
        List<byte[]> mails = T5100Data.split("rfc2047-samples.mbox", SplitOptions.defaults());
        assertThat(mails).hasSize(11);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            String n = String.format("%04d", i + 1);
            byte[] mail = mails.get(i);
            tests.add(DynamicTest.dynamicTest("rfc2047 " + n, () -> {
                MailinfoResult r = mailinfo(mail, U);
                assertThat(r.message()).isEmpty();
                assertThat(r.patch()).isEmpty();
                assertThat(s(r.info())).isEqualTo(s(T5100Data.bytes("rfc2047-info-" + n)));
            }));
        }
        return tests.stream();
    }

    @Test
    void respectsNuls() throws Exception {
        List<byte[]> mails = T5100Data.split("nul-plain", SplitOptions.defaults());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).isEqualTo(T5100Data.bytes("nul-plain"));
        byte[] patch = mailinfo(mails.get(0), U).patch();
        assertThat(s(patch).split("\n", -1)).hasSize(5); // four lines, each ending in LF
    }

    @Test
    void preservesNulsOutOfMimeEncodedMessage() throws Exception {
        List<byte[]> mails = T5100Data.split("nul-b64.in", SplitOptions.defaults());
        assertThat(mails.get(0)).isEqualTo(T5100Data.bytes("nul-b64.in"));
        assertThat(mailinfo(mails.get(0), U).patch()).isEqualTo(T5100Data.bytes("nul-b64.expect"));
    }

    @Test
    void fromHeaderWithoutName() throws Exception {
        byte[] mail = T5100Data.split("info-from.in", SplitOptions.defaults()).get(0);
        assertThat(mail).isEqualTo(T5100Data.bytes("info-from.in"));
        assertThat(s(mailinfo(mail, U).info())).isEqualTo(s(T5100Data.bytes("info-from.expect")));
    }

    @Test
    void findsHeadersAfterEmbeddedFromLine() throws Exception {
        byte[] mail = T5100Data.split("embed-from.in", SplitOptions.defaults()).get(0);
        assertThat(mail).isEqualTo(T5100Data.bytes("embed-from.in"));
        assertThat(s(mailinfo(mail, U).info())).isEqualTo(s(T5100Data.bytes("embed-from.expect")));
    }

    @Test
    void quotedFromIsKeptWithoutMboxrd() throws Exception {
        byte[] mail = T5100Data.split("quoted-from.in", SplitOptions.defaults()).get(0);
        assertThat(mail).isEqualTo(T5100Data.bytes("quoted-from.in"));
        assertThat(s(mailinfo(mail, U).message())).isEqualTo(s(T5100Data.bytes("quoted-from.expect")));
    }

    @Test
    void mboxrdUnescapes() throws Exception {
        List<byte[]> mails = T5100Data.split("sample.mboxrd", SplitOptions.defaults().withMboxrd(true));
        assertThat(mails).hasSize(2);
        assertThat(s(mailinfo(mails.get(0), U).message())).isEqualTo(s(T5100Data.bytes("0001mboxrd")));
        assertThat(s(mailinfo(mails.get(1), U).message())).isEqualTo(s(T5100Data.bytes("0002mboxrd")));

        byte[] sp = ("From mboxrd Mon Sep 17 00:00:00 2001\nFrom: trailing spacer <sp@example.com>\n"
                + "Subject: [PATCH] a commit with trailing space\n\nFrom \n>From \n\n").getBytes(StandardCharsets.UTF_8);
        MboxSplitter splitter = new MboxSplitter(new java.io.ByteArrayInputStream(sp), "sp",
                SplitOptions.defaults().withMboxrd(true), MailLimits.unlimited());
        byte[] one = splitter.next().bytes();
        assertThat(splitter.next()).isNull();
        assertThat(s(mailinfo(one, U).message())).isEqualTo("From \nFrom \n\n");
    }

    @Test
    void quotedStringAndComment() throws Exception {
        assertThat(s(mailinfo(T5100Data.bytes("quoted-string.in"), U).info()))
                .isEqualTo(s(T5100Data.bytes("quoted-string.expect")));
        assertThat(s(mailinfo(T5100Data.bytes("comment.in"), U).info()))
                .isEqualTo(s(T5100Data.bytes("comment.expect")));
    }

    private static String subject(String line, MailinfoOptions o) throws MailException {
        String info = s(mailinfo((line + "\n").getBytes(StandardCharsets.UTF_8), o).info());
        return info.lines().filter(l -> l.startsWith("Subject:")).findFirst().orElseThrow();
    }

    @Test
    void subjectOptions() throws Exception {
        String both = "Subject: [PATCH] [other] [PATCH] message";
        assertThat(subject(both, U)).isEqualTo("Subject: message");
        assertThat(subject(both, U.withKeepSubject(true))).isEqualTo(both);
        MailinfoOptions b = U.withKeepNonPatchBrackets(true);
        assertThat(subject("Subject: [other] message", b)).isEqualTo("Subject: [other] message");
        assertThat(subject("Subject: [PATCH] [other] message", b)).isEqualTo("Subject: [other] message");
        assertThat(subject("Subject: [PATCH] [PATCH] message", b)).isEqualTo("Subject: message");
        assertThat(subject("Subject: [other] [PATCH] message", b)).isEqualTo("Subject: [other] message");
        assertThat(subject(both, b)).isEqualTo("Subject: [other] message");
    }

    @Test
    void unusualHeaderWhitespace() throws Exception {
        byte[] mail = "From:Real Name <user@example.com>\nSubject:    extra spaces\n".getBytes(StandardCharsets.UTF_8);
        assertThat(s(mailinfo(mail, U).info()))
                .isEqualTo("Author: Real Name\nEmail: user@example.com\nSubject: extra spaces\n\n");
    }

    @Test
    void quotedCr() throws Exception {
        List<byte[]> mails = T5100Data.split("quoted-cr.mbox", SplitOptions.defaults());
        assertThat(mails).hasSize(2);
        String msg = s(T5100Data.bytes("quoted-cr-msg"));
        String patch = s(T5100Data.bytes("quoted-cr-patch"));
        String msg1 = msg.replaceAll("%%(?=\n)", "").replace("%%", "\r");
        String msg2 = msg.replace("%%", "\r");
        String patch1 = patch.replaceAll("%%(?=\n)", "").replace("%%", "\r");
        String patch2 = patch.replace("%%", "\r");
        String info = s(T5100Data.bytes("quoted-cr-info"));

        MailinfoResult r1 = mailinfo(mails.get(0), U);
        assertThat(s(r1.message())).isEqualTo(msg1);
        assertThat(s(r1.patch())).isEqualTo(patch1);
        assertThat(s(r1.info())).isEqualTo(info);
        assertThat(r1.quotedCrSeen()).isFalse();

        MailinfoResult r2 = mailinfo(mails.get(1), U);
        assertThat(s(r2.message())).isEqualTo(msg2);
        assertThat(s(r2.patch())).isEqualTo(patch2);
        assertThat(r2.quotedCrSeen()).isTrue();
        assertThat(mailinfo(mails.get(1), U.withQuotedCr(QuotedCr.NOWARN)).quotedCrSeen()).isFalse();

        MailinfoResult stripped = mailinfo(mails.get(1), U.withQuotedCr(QuotedCr.STRIP));
        assertThat(s(stripped.message())).isEqualTo(msg1);
        assertThat(s(stripped.patch())).isEqualTo(patch1);
        assertThat(stripped.quotedCrSeen()).isFalse();
    }
}
