package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwci mailinfo} and {@code pwci mailsplit} against {@code git mailinfo} and {@code git
 * mailsplit}: same arguments, same stdin, so the same stdout, stderr, files and exit status.
 */
class MailCommandsTest {

    /** git's t5100 samples, carried as test data by the engine module. */
    private static final Path T5100 = Path.of("../engine/src/test/resources/git-t5100");

    @TempDir
    Path tmp;

    record Run(int status, byte[] out, String err) {}

    @BeforeAll
    static void needGit() {
        assumeTrue(git(Path.of("."), null, "--version").status() == 0, "git is not installed");
        assumeTrue(Files.isDirectory(T5100), "the engine's t5100 test data is not next to this module");
    }

    /** git as the oracle: its status, output and errors, with the identity git itself finds. */
    static Run git(Path dir, byte[] stdin, String... args) {
        try {
            GitRepo.Result r = GitRepo.in(dir).withoutIdentity().exec(stdin, Map.of(), args);
            return new Run(r.status(), r.out(), r.err());
        } catch (UncheckedIOException e) {
            return new Run(-1, new byte[0], e.toString()); // no git here: needGit() skips the class
        }
    }

    /** Runs pwci in this JVM, in {@code dir} for relative paths (arguments are made absolute by the caller). */
    static synchronized Run pwci(byte[] stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin));
            System.setOut(new PrintStream(out, true));
            System.setErr(new PrintStream(err, true));
            int status = Pwci.commandLine(args).execute(args);
            return new Run(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static List<byte[]> sampleMails() throws IOException {
        List<byte[]> l = new ArrayList<>();
        for (String f : new String[] {"sample.mbox", "rfc2047-samples.mbox", "quoted-cr.mbox"}) {
            String s = new String(Files.readAllBytes(T5100.resolve(f)), StandardCharsets.ISO_8859_1);
            for (String m : s.split("(?m)^(?=From [^\\n]* 2001$)")) {
                if (!m.isBlank()) {
                    l.add(m.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        l.add(Files.readAllBytes(T5100.resolve("nul-b64.in")));
        l.add(new byte[0]);
        return l;
    }

    @TestFactory
    Stream<DynamicTest> mailinfoMatchesGitMailinfo() throws IOException {
        String[][] optionSets = {{}, {"-k"}, {"-b"}, {"-kb"}, {"-u"}, {"-n"}, {"-m"}, {"--message-id"}, {"--scissors"},
            {"--scissors", "--no-scissors"}, {"--no-inbody-headers"}, {"--encoding=ISO-8859-1"}, {"--quoted-cr=strip"},
            {"--quoted-cr=nowarn"}, {"--quoted-cr=bogus"}};
        List<DynamicTest> tests = new ArrayList<>();
        List<byte[]> mails = sampleMails();
        for (int i = 0; i < mails.size(); i++) {
            byte[] mail = mails.get(i);
            for (String[] opts : optionSets) {
                if (opts.length > 0 && i % 3 != 0 && !opts[0].startsWith("--quoted-cr")) {
                    continue; // every option on every third mail keeps this quick
                }
                String name = "mail " + i + " " + String.join(" ", opts);
                tests.add(DynamicTest.dynamicTest(name, () -> compareMailinfo(mail, opts)));
            }
        }
        return tests.stream();
    }

    private void compareMailinfo(byte[] mail, String[] opts) throws IOException {
        Path g = Files.createTempDirectory(tmp, "git");
        Path p = Files.createTempDirectory(tmp, "pwci");
        List<String> gitArgs = new ArrayList<>(List.of("mailinfo"));
        gitArgs.addAll(List.of(opts));
        gitArgs.addAll(List.of("msg", "patch"));
        Run git = git(g, mail, gitArgs.toArray(String[]::new));
        List<String> ourArgs = new ArrayList<>(List.of("mailinfo"));
        ourArgs.addAll(List.of(opts));
        ourArgs.addAll(List.of(p.resolve("msg").toString(), p.resolve("patch").toString()));
        Run ours = pwci(mail, ourArgs.toArray(String[]::new));
        String label = new String(mail, 0, Math.min(mail.length, 200), StandardCharsets.ISO_8859_1);
        assertThat(ours.status()).as("exit status of %s; git said %s", label, git.err()).isEqualTo(git.status());
        if (git.status() == 129) {
            return; // usage error: git prints its usage, we print ours
        }
        assertThat(new String(ours.out(), StandardCharsets.ISO_8859_1)).as("stdout of %s", label)
                .isEqualTo(new String(git.out(), StandardCharsets.ISO_8859_1));
        assertThat(ours.err().replace(p.resolve("patch").toString(), "patch")).as("stderr of %s", label).isEqualTo(git.err());
        for (String f : new String[] {"msg", "patch"}) {
            assertThat(Files.exists(p.resolve(f))).isEqualTo(Files.exists(g.resolve(f)));
            if (Files.exists(g.resolve(f))) {
                assertThat(Files.readAllBytes(p.resolve(f))).as("%s of %s", f, label).isEqualTo(Files.readAllBytes(g.resolve(f)));
            }
        }
    }

    private void compareMailsplit(byte[] stdin, String[] opts, String... inputs) throws IOException {
        Path g = Files.createDirectories(tmp.resolve("g" + System.nanoTime()));
        Path p = Files.createDirectories(tmp.resolve("p" + System.nanoTime()));
        List<String> ga = new ArrayList<>(List.of("mailsplit", "-o" + g));
        ga.addAll(List.of(opts));
        ga.addAll(List.of(inputs));
        List<String> pa = new ArrayList<>(List.of("mailsplit", "-o" + p));
        pa.addAll(List.of(opts));
        pa.addAll(List.of(inputs));
        Run git = git(tmp, stdin, ga.toArray(String[]::new));
        Run ours = pwci(stdin, pa.toArray(String[]::new));
        assertThat(ours.status() != 0).as("failure; git said %s", git.err()).isEqualTo(git.status() != 0);
        assertThat(new String(ours.out(), StandardCharsets.UTF_8)).isEqualTo(new String(git.out(), StandardCharsets.UTF_8));
        List<String> gf;
        List<String> pf;
        try (Stream<Path> a = Files.list(g); Stream<Path> b = Files.list(p)) {
            gf = a.map(x -> x.getFileName().toString()).sorted().toList();
            pf = b.map(x -> x.getFileName().toString()).sorted().toList();
        }
        assertThat(pf).isEqualTo(gf);
        for (String f : gf) {
            assertThat(Files.readAllBytes(p.resolve(f))).as(f).isEqualTo(Files.readAllBytes(g.resolve(f)));
        }
    }

    @Test
    void mailsplitMatchesGitMailsplit() throws IOException {
        String sample = T5100.resolve("sample.mbox").toAbsolutePath().toString();
        compareMailsplit(null, new String[0], sample);
        compareMailsplit(null, new String[] {"-d3", "-f5"}, sample);
        compareMailsplit(null, new String[] {"--mboxrd"}, T5100.resolve("sample.mboxrd").toAbsolutePath().toString());
        compareMailsplit(null, new String[0], T5100.resolve("sample.mboxrd").toAbsolutePath().toString(), sample);
        byte[] crlf = new String(Files.readAllBytes(T5100.resolve("sample.mbox")), StandardCharsets.ISO_8859_1)
                .replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        compareMailsplit(crlf, new String[0]);
        compareMailsplit(crlf, new String[] {"--keep-cr"});
        Path bare = tmp.resolve("bare.eml");
        Files.writeString(bare, "Subject: bare\n\nFrom nobody Mon Sep 17 00:00:00 2001\nbody\n");
        compareMailsplit(null, new String[] {"-b"}, bare.toString());
        compareMailsplit(null, new String[0], bare.toString()); // corrupt mailbox
        Path empty = tmp.resolve("empty.mbox");
        Files.writeString(empty, " \n\t\n");
        compareMailsplit(null, new String[0], empty.toString());
        compareMailsplit(new byte[0], new String[0]);
        Path md = tmp.resolve("md");
        Files.createDirectories(md.resolve("cur"));
        Files.createDirectories(md.resolve("new"));
        Files.writeString(md.resolve("cur/12.a"), "Subject: twelve\n\nx\r\n");
        Files.writeString(md.resolve("new/3.a"), "Subject: three\n\ny\n");
        Files.writeString(md.resolve("new/3.b"), "From nobody Mon Sep 17 00:00:00 2001\nSubject: from\n\nz\n"
                + "From nobody Mon Sep 17 00:00:00 2001\nSubject: lost, as in git\n\nw\n");
        compareMailsplit(null, new String[0], md.toString());
    }

    @Test
    void mailsplitOldUsageWithoutDashO() throws IOException {
        Path g = Files.createDirectories(tmp.resolve("old-g"));
        Path p = Files.createDirectories(tmp.resolve("old-p"));
        String sample = T5100.resolve("sample.mbox").toAbsolutePath().toString();
        Run git = git(tmp, null, "mailsplit", sample, g.toString());
        Run ours = pwci(null, "mailsplit", sample, p.toString());
        assertThat(ours.out()).isEqualTo(git.out());
        try (Stream<Path> a = Files.list(g); Stream<Path> b = Files.list(p)) {
            assertThat(b.count()).isEqualTo(a.count()).isEqualTo(18);
        }
    }
}
