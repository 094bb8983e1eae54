package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.MailboxEntry;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.RoutingConfigException;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.series.Assembly;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parser and loader that reads outside input, fed damaged variants of valid input generated
 * by jqwik: each case may only end normally or with the parser's own documented error, within a
 * time bound and an allocation bound. The defaults keep the class to seconds; run more with
 * {@code mvn -pl engine test -Dtest=ParserFuzzTest -Dpwci.fuzz.tries=100000}.
 *
 * <p>Documented errors: {@link MailParser#parse} throws {@link MailException}; a {@link Mailbox}
 * turns bad messages into entries and throws only {@link IOException} for a broken stream (a cut
 * gzip); {@link SubjectPrefix#parse} and {@link SeriesReader#assemble} never throw;
 * {@link Maintainers#read} throws only {@link IOException} from its reader;
 * {@link RoutingConfig#fromYaml} throws {@link RoutingConfigException}; {@link RunConfig#read}
 * throws {@link ConfigException}; {@link ApplySeries#call} reports a bad patch as a failure, never
 * as an exception, and never commits a path that escapes the tree.
 */
class ParserFuzzTest {

    private static final Duration TIME = Duration.ofSeconds(10);
    /** Per case: generous for a few-KB input, far below what an unbounded copy or inflate would take. */
    private static final long ALLOC = 256L << 20;

    static final String MAIL = """
            From 1234567890abcdef Mon Sep 17 00:00:00 2001
            From: =?UTF-8?q?J=C3=B6rg_Hacker?= <jorg@example.org>
            Date: Wed, 25 Nov 2026 02:18:25 +0100
            Subject: [PATCH net-next v2 1/2] net: core: fix the queue length
            Message-ID: <20261125.1-jorg@example.org>
            In-Reply-To: <20261125.0-jorg@example.org>
            References: <20261125.0-jorg@example.org>
            To: netdev@vger.kernel.org
            Cc: Maintainer <m@example.org>, other@example.org
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: 8bit

            The queue length was off by one.

            Fixes: 0123456789ab ("net: add the queue")
            Signed-off-by: Jörg Hacker <jorg@example.org>
            ---
             src/a.c | 2 +-
             1 file changed, 1 insertion(+), 1 deletion(-)

            diff --git a/src/a.c b/src/a.c
            index 1111111..2222222 100644
            --- a/src/a.c
            +++ b/src/a.c
            @@ -1,3 +1,3 @@
             line 1
            -line 2
            +line two
             line 3
            --\s
            2.43.0

            """;

    static final String COVER = """
            From 1234567890abcdef Mon Sep 17 00:00:00 2001
            From: Jorg Hacker <jorg@example.org>
            Date: Wed, 25 Nov 2026 02:18:20 +0100
            Subject: [PATCH net-next v2 0/2] net: a series
            Message-ID: <20261125.0-jorg@example.org>
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            The cover letter.
            --b
            Content-Type: text/x-patch; name=x.patch
            Content-Transfer-Encoding: base64

            ZGlmZiAtLWdpdCBhL3NyYy9hLmMgYi9zcmMvYS5jCg==
            --b--

            """;

    static final String MAINTAINERS = """
            NETWORKING [GENERAL]
            M:\tJane Maintainer <jane@example.org>
            L:\tnetdev@vger.kernel.org
            S:\tMaintained
            T:\tgit git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net.git
            F:\tnet/
            X:\tnet/bluetooth/
            N:\t[^a-z]sock
            K:\t\\bskb_[a-z]+\\b

            """;

    static final String ROUTING = """
            preset: netdevbpf
            companionWindow: 6h
            trees:
              - name: local
                remote: https://example.org/local.git
                branch: main
                family: net
                role: development
                tags: [local]
            """;

    static final String RUN_CONFIG = """
            work: work/pwci
            sources:
              - mbox: mail/netdev.mbox
              - patchwork: https://patchwork.example.org/
                project: netdevbpf
                tokenEnv: PW_TOKEN
            routing:
              trees:
                - name: net-next
                  remote: https://example.org/net-next.git
                  branch: main
                  family: net
                  role: development
            build:
              perPatch:
                - [make, -s]
              timeout: 5m
              concurrency: 2
              env: {CC: gcc}
            checks:
              checkpatch: {enabled: false}
            reports:
              shadow: true
              publicUrl: https://ci.example.org/
            """;

    static final String DIFF = """
            diff --git a/src/a.c b/src/a.c
            index 1111111..2222222 100644
            --- a/src/a.c
            +++ b/src/a.c
            @@ -1,3 +1,3 @@
             line 1
            -line 2
            +line two
             line 3
            diff --git a/README b/docs/README
            similarity index 100%
            rename from README
            rename to docs/README
            diff --git a/new.txt b/new.txt
            new file mode 100644
            index 0000000..3333333
            --- /dev/null
            +++ b/new.txt
            @@ -0,0 +1,2 @@
            +new
            +file
            diff --git a/link b/link
            deleted file mode 120000
            index 4444444..0000000
            --- a/link
            +++ /dev/null
            @@ -1 +0,0 @@
            -src
            \\ No newline at end of file
            """;

    @TempDir
    static Path tmp;

    @RegisterExtension
    static final ApplyTarget target = new ApplyTarget("src");

    private static <T> void forEach(Arbitrary<T> cases, int tries, java.util.function.Consumer<T> check) {
        cases.sampleStream().limit(tries).forEach(check);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theMailParserOnlyEverThrowsMailException() {
        Arbitrary<byte[]> mail = Arbitraries.oneOf(Mutants.of(utf8(MAIL)), Mutants.of(utf8(COVER)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
        AtomicInteger parsed = new AtomicInteger();
        forEach(mail, BoundedCase.tries(1500), bytes -> BoundedCase.run("MailParser.parse", bytes, TIME, ALLOC, () -> {
            try {
                Message m = MailParser.withDefaults().parse(bytes);
                parsed.incrementAndGet();
                return m.messageId();
            } catch (MailException documented) {
                assertThat(documented.getMessage()).isNotBlank();
                return null;
            }
        }));
        assertThat(parsed.get()).as("most mutants still parse: the fuzzing reaches past the first check").isPositive();
    }

    @Test
    void aMailboxOfDamagedMailYieldsEntriesNeverExceptions() {
        Arbitrary<byte[]> boxes = Mutants.of(utf8(COVER + MAIL + MAIL.replace("1/2", "2/2").replace(".1-", ".2-")));
        forEach(boxes, BoundedCase.tries(400), bytes -> BoundedCase.run("Mailbox", bytes, TIME, ALLOC, () -> {
            int n = 0;
            try (Mailbox box = Mailbox.read(new ByteArrayInputStream(bytes), "fuzz", MailParser.withDefaults())) {
                for (MailboxEntry e = box.next(); e != null; e = box.next()) {
                    n++;
                }
            }
            return n;
        }));
    }

    @Test
    void aCutOrDamagedGzipMailboxIsAnIOExceptionAtWorst() {
        Arbitrary<byte[]> boxes = Mutants.of(gzip(utf8(MAIL + MAIL)));
        forEach(boxes, BoundedCase.tries(300), bytes -> BoundedCase.run("gzip Mailbox", bytes, TIME, ALLOC, () -> {
            try (Mailbox box = Mailbox.read(new ByteArrayInputStream(bytes), "fuzz.gz", MailParser.withDefaults())) {
                while (box.next() != null) {
                    // read to the end
                }
            } catch (IOException documented) {
                // a corrupt or cut gzip stream
            }
            return null;
        }));
    }

    @Test
    void subjectPrefixesNeverThrow() {
        Arbitrary<String> subjects = Arbitraries.oneOf(
                Mutants.text("[PATCH net-next v3 07/12] net: core: x"),
                Mutants.text("Re: [RFC PATCH bpf-next,v2 0/3] [PATCH] bpf: y"),
                Arbitraries.strings().ofMaxLength(300));
        forEach(subjects, BoundedCase.tries(3000), s -> BoundedCase.run("SubjectPrefix.parse", utf8(s), TIME, 64 << 20, () -> {
            SubjectPrefix p = SubjectPrefix.parse(s);
            assertThat(p).isNotNull();
            return p;
        }));
    }

    @Test
    void seriesAssemblyOfDamagedThreadsNeverThrows() {
        StringBuilder thread = new StringBuilder(COVER);
        for (int i = 1; i <= 3; i++) {
            thread.append(MAIL.replace("1/2", i + "/3").replace("0/2", "0/3").replace(".1-", "." + i + "-"));
        }
        Arbitrary<byte[]> boxes = Mutants.of(utf8(thread.toString()));
        forEach(boxes, BoundedCase.tries(200), bytes -> BoundedCase.run("SeriesReader.assemble", bytes, TIME, ALLOC, () -> {
            SeriesReader.Read read = SeriesReader.withDefaults().read(bytes, "fuzz");
            List<Message> twice = new ArrayList<>(read.messages());
            twice.addAll(read.messages()); // the same mail delivered twice
            Assembly a = SeriesReader.assemble(twice);
            assertThat(a.series().size() + a.unrelated().size() + a.unplacedReplies().size())
                    .as("every message is placed somewhere").isGreaterThanOrEqualTo(read.messages().isEmpty() ? 0 : 1);
            return a;
        }));
    }

    @Test
    void theMaintainersParserNeverThrows() {
        forEach(Mutants.text(MAINTAINERS), BoundedCase.tries(1500), s -> BoundedCase.run("Maintainers.read", utf8(s), TIME, ALLOC,
                () -> {
                    Maintainers m = Maintainers.read(new StringReader(s));
                    m.sectionsFor("net/core/dev.c");
                    m.sectionsFor("../../etc/passwd");
                    return m;
                }));
    }

    @Test
    void theRoutingLoaderOnlyThrowsRoutingConfigException() {
        forEach(Mutants.text(ROUTING), BoundedCase.tries(600), s -> BoundedCase.run("RoutingConfig.fromYaml", utf8(s), TIME, ALLOC,
                () -> {
                    try {
                        return RoutingConfig.fromYaml(s);
                    } catch (RoutingConfigException documented) {
                        assertThat(documented.getMessage()).isNotBlank();
                        return null;
                    }
                }));
    }

    @Test
    void theRunConfigurationLoaderOnlyThrowsConfigException() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("configs"));
        Path file = dir.resolve("pwci.yaml");
        Map<String, String> env = Map.of("PW_TOKEN", "0123456789abcdef0123456789abcdef01234567");
        forEach(Mutants.of(utf8(RUN_CONFIG)), BoundedCase.tries(500), bytes -> BoundedCase.run("RunConfig.read", bytes, TIME, ALLOC,
                () -> {
                    Files.write(file, bytes);
                    try {
                        RunConfig c = RunConfig.read(file, env);
                        assertThat(c.work().startsWith(dir) || !c.work().startsWith(dir.getRoot())).isTrue();
                        return c;
                    } catch (ConfigException documented) {
                        assertThat(documented.getMessage()).isNotBlank()
                                .doesNotContain("0123456789abcdef0123456789abcdef01234567");
                        return null;
                    } catch (java.nio.charset.MalformedInputException documented) {
                        return null; // not UTF-8: read() says so with an IOException
                    }
                }));
    }

    @Test
    void theApplierReportsBadDiffsAsFailuresAndNeverWritesOutsideTheTree() {
        AtomicInteger applied = new AtomicInteger();
        forEach(Mutants.of(utf8(DIFF)), BoundedCase.tries(400), bytes -> BoundedCase.run("ApplySeries", bytes, TIME, ALLOC, () -> {
            PatchToApply p = PatchToApply.of(new MailInfo("Fuzz", "fuzz@example.org", "fuzz", "Wed, 25 Nov 2026 02:18:25 +0100",
                    "", bytes));
            AppliedSeries r = target.apply(List.of(p), false);
            if (r.applied()) {
                applied.incrementAndGet();
                target.assertSafeTree(r.head());
            } else {
                assertThat(r.failure()).isPresent();
                assertThat(r.failure().get().reason()).isNotBlank();
            }
            return r;
        }));
        assertThat(applied.get()).as("some mutants still apply, so the applier's write path is fuzzed too").isPositive();
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
