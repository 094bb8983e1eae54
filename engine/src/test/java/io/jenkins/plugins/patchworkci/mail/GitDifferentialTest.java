package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests: our mailsplit, mailinfo and patch-id against the real {@code git
 * mailsplit}, {@code git mailinfo} and {@code git patch-id --stable}, on a corpus generated
 * with {@code git format-patch} in every MIME shape (see {@link PatchCorpus}). Every output byte
 * must be identical.
 */
class GitDifferentialTest {

    private static final int COMMITS = 40;
    private static final String[][] OPTION_SETS = {
        {"-k"}, {"-b"}, {"-m"}, {"--scissors"}, {"-n"}, {"--no-inbody-headers"}, {"--quoted-cr=strip"},
    };

    @TempDir
    static Path work;

    private static PatchCorpus corpus;
    private static final AtomicInteger MESSAGES = new AtomicInteger();
    private static final AtomicInteger OPTION_RUNS = new AtomicInteger();
    private static final AtomicInteger PATCH_IDS = new AtomicInteger();
    private static final AtomicInteger TRAILER_RUNS = new AtomicInteger();
    private static final AtomicInteger PATCHES = new AtomicInteger();
    private static final java.util.Set<String> PLAIN_PATCH_IDS = new java.util.HashSet<>();

    @BeforeAll
    static void generate() throws IOException {
        assumeTrue(GitProcess.available(), "git is not installed; install git to run the differential tests");
        corpus = new PatchCorpus(work).generate(COMMITS);
    }

    @AfterAll
    static void report() {
        System.out.printf("differential: %d messages, %d option runs, %d patch-ids, %d trailer blocks identical to git;"
                + " %d patches read%n", MESSAGES.get(), OPTION_RUNS.get(), PATCH_IDS.get(), TRAILER_RUNS.get(), PATCHES.get());
    }

    @TestFactory
    Stream<DynamicTest> everyShapeMatchesGit() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Path> e : corpus.mboxes().entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> compareMbox(e.getKey(), e.getValue())));
        }
        tests.add(DynamicTest.dynamicTest("counts", () -> assertThat(corpus.mboxes()).hasSizeGreaterThanOrEqualTo(15)));
        return tests.stream();
    }

    private static void compareMbox(String label, Path mbox) throws Exception {
        Path dir = Files.createDirectories(work.resolve("split-" + label));
        GitRepo.Result split = GitProcess.check(dir, "mailsplit", "-o" + dir, mbox.toString());
        int count = Integer.parseInt(new String(split.out(), StandardCharsets.US_ASCII).trim());

        List<byte[]> ours = new ArrayList<>();
        try (var in = Files.newInputStream(mbox)) {
            MboxSplitter s = new MboxSplitter(in, label, SplitOptions.defaults().withAllowBare(false), MailLimits.defaults());
            for (RawMessage m = s.next(); m != null; m = s.next()) {
                ours.add(m.bytes());
            }
        }
        assertThat(ours).as("message count of %s", label).hasSize(count);
        assertThat(count).isGreaterThanOrEqualTo(label.equals("prerequisites") ? 3 : COMMITS);

        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format("%04d", i + 1));
            byte[] gitSplit = Files.readAllBytes(file);
            assertThat(ours.get(i)).as("mailsplit %s #%d", label, i + 1).isEqualTo(gitSplit);
            compareMailinfo(label, i + 1, gitSplit, new String[0]);
            if (label.equals("plain")) {
                comparePatch(dir, gitSplit, i == 0);
            }
            if (label.equals("prerequisites") && i == 0) {
                Patch first = Patch.of(MailParser.withDefaults().parse(gitSplit));
                assertThat(first.baseCommit()).contains(corpus.prerequisiteBase());
                assertThat(first.prerequisitePatchIds()).hasSize(3);
                assertThat(PLAIN_PATCH_IDS).containsAll(first.prerequisitePatchIds());
            }
            if (label.equals("plain") || label.equals("inbody-from")) {
                for (String[] opts : OPTION_SETS) {
                    compareMailinfo(label, i + 1, gitSplit, opts);
                    OPTION_RUNS.incrementAndGet();
                }
            }
            MESSAGES.incrementAndGet();
        }
    }

    private static void compareMailinfo(String label, int n, byte[] mail, String[] opts) throws Exception {
        Path d = Files.createTempDirectory(work, "mi");
        List<String> args = new ArrayList<>(List.of("mailinfo"));
        args.addAll(List.of(opts));
        args.add("msg");
        args.add("patch");
        GitRepo.Result git = GitProcess.run(d, mail, Map.of(), args.toArray(String[]::new));
        MailinfoResult ours = new MailParser(MailLimits.defaults(), options(opts), SplitOptions.defaults()).mailinfo(mail);
        String what = label + " #" + n + " " + String.join(" ", opts);
        assertThat(new String(ours.info(), StandardCharsets.UTF_8)).as("info of %s", what)
                .isEqualTo(new String(git.out(), StandardCharsets.UTF_8));
        assertThat(ours.info()).as("info bytes of %s", what).isEqualTo(git.out());
        byte[] gitMsg = Files.readAllBytes(d.resolve("msg"));
        byte[] gitPatch = Files.readAllBytes(d.resolve("patch"));
        assertThat(new String(ours.message(), StandardCharsets.UTF_8)).as("msg of %s", what)
                .isEqualTo(new String(gitMsg, StandardCharsets.UTF_8));
        assertThat(ours.message()).as("msg bytes of %s", what).isEqualTo(gitMsg);
        assertThat(ours.patch()).as("patch of %s", what).isEqualTo(gitPatch);
        assertThat(ours.ok()).as("status of %s (git: %s)", what, git.err()).isEqualTo(git.status() == 0);
        assertThat(ours.quotedCrSeen()).as("quoted CR warning of %s", what).isEqualTo(git.err().contains("quoted CRLF"));
        if (opts.length == 0) {
            GitRepo.Result pid = GitProcess.run(d, gitPatch, Map.of(), "patch-id", "--stable");
            String gitId = new String(pid.out(), StandardCharsets.US_ASCII).trim();
            String ourId = PatchId.stable(ours.patch()).orElse("");
            assertThat(ourId).as("patch-id of %s", what).isEqualTo(gitId.isEmpty() ? "" : gitId.split(" ")[0]);
            if (!ourId.isEmpty()) {
                PATCH_IDS.incrementAndGet();
            }
        }
    }

    /** Message, Patch and trailers of one plain format-patch mail, checked against git and the corpus. */
    private static void comparePatch(Path dir, byte[] mail, boolean cover) throws Exception {
        Message m = MailParser.withDefaults().parse(mail);
        assertThat(m.messageId()).contains("@");
        assertThat(m.from().email()).isNotEmpty();
        String whole = m.info().subject() + "\n\n" + m.info().message();
        TrailerParserTest.assertSameAsGit(dir, whole);
        TRAILER_RUNS.incrementAndGet();
        if (cover) {
            assertThat(DiffFooter.of(m.info()).baseCommit()).contains(corpus.base());
            assertThat(Patch.carriesDiff(m)).isFalse();
            assertThat(SubjectPrefix.parse(m.subject()).isCoverLetter()).isTrue();
            return;
        }
        Patch p = Patch.of(m);
        assertThat(p.baseCommit()).isEmpty();
        PLAIN_PATCH_IDS.add(p.patchId());
        assertThat(p.prefix().hasCounter()).isTrue();
        assertThat(p.prefix().total()).isEqualTo(COMMITS);
        assertThat(p.trailers("Signed-off-by")).hasSize(1);
        assertThat(p.fixes()).containsExactly(new Fixes("1234567890ab", java.util.Optional.of("net: the commit that broke it")));
        assertThat(p.patchId()).isEqualTo(PatchId.stable(m.info().patch()).orElseThrow());
        PATCHES.incrementAndGet();
    }

    private static MailinfoOptions options(String[] opts) throws MailException {
        MailinfoOptions o = MailinfoOptions.defaults();
        for (String opt : opts) {
            o = switch (opt) {
                case "-k" -> o.withKeepSubject(true);
                case "-b" -> o.withKeepNonPatchBrackets(true);
                case "-m" -> o.withAddMessageId(true);
                case "--scissors" -> o.withScissors(true);
                case "-n" -> o.withMetainfoCharset(null);
                case "--no-inbody-headers" -> o.withInbodyHeaders(false);
                case "--quoted-cr=strip" -> o.withQuotedCr(QuotedCr.STRIP);
                default -> throw new IllegalArgumentException(opt);
            };
        }
        return o;
    }
}
