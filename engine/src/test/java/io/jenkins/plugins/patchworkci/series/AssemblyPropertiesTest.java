package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Assembly never throws, loses nothing and ignores delivery order, on random subsets, duplicates,
 * permutations and header damage of a thread made once with real git: v1 (cover, 3 patches,
 * shallow) and v2 (cover, 3 patches, deep, in reply to v1's cover), reviews, a nested reply, a
 * lone patch, and an unthreaded 2-patch series.
 */
class AssemblyPropertiesTest {

    private static final Thread THREAD = Thread.make();

    record Thread(List<Message> messages, RecordedParsers parsers) {

        static Thread make() {
            try {
                Path dir = Files.createTempDirectory("series-properties");
                Path repoDir = Files.createDirectories(dir.resolve("repo"));
                DeveloperRepo repo = new DeveloperRepo(repoDir);
                repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
                repo.commit("b.c", "int b;\n", "net: add b", "Adds b.\n");
                repo.commit("c.c", "int c;\n", "net: add c", "Adds c.\n");
                List<Mail> mails = new ArrayList<>(repo.formatPatch("p1", "--cover-letter", "--thread=shallow", "base..HEAD"));
                repo.git("checkout", "-q", "-b", "v2", "base");
                repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
                repo.commit("b.c", "long b;\n", "net: add b", "Adds b.\n");
                repo.commit("c.c", "int c;\n", "net: add c", "Adds c.\n");
                mails.addAll(repo.formatPatch("p2", "--cover-letter", "--thread=deep", "-v", "2",
                        "--in-reply-to=" + mails.get(0).messageId(), "base..HEAD"));
                mails.add(Mail.reply(mails.get(2), "r1@example.net", "Bob <bob@example.net>", SeriesAssemblyTest.date(30),
                        "Reviewed-by: Bob <bob@example.net>"));
                mails.add(Mail.reply(mails.get(mails.size() - 1), "r2@example.net", "Eve <eve@example.net>",
                        SeriesAssemblyTest.date(31), "Acked-by: Frank <frank@example.net>"));
                mails.add(Mail.reply(mails.get(4), "r3@example.net", "Carol <carol@example.net>", SeriesAssemblyTest.date(32),
                        "Acked-by: Carol <carol@example.net>"));
                repo.git("checkout", "-q", "-b", "other", "base");
                repo.commit("x.c", "int x;\n", "net: add x", "Adds x.\n");
                repo.commit("y.c", "int y;\n", "net: add y", "Adds y.\n");
                mails.addAll(repo.formatPatch("p4", "--no-thread", "base..HEAD"));
                repo.commit("z.c", "int z;\n", "net: add z", "Adds z.\n");
                mails.addAll(repo.formatPatch("p3", "-1", "HEAD"));
                List<Mail> dated = new ArrayList<>();
                for (int i = 0; i < mails.size(); i++) {
                    dated.add(mails.get(i).with("Date", SeriesAssemblyTest.date(i)));
                }
                RealGitMail git = new RealGitMail(dir);
                List<Message> messages = git.read(dated);
                return new Thread(messages, new RecordedParsers(git, messages));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final SeriesAssembler assembler = new SeriesAssembler(THREAD.parsers());

    /**
     * Each int picks a message (with repetition: duplicates) and maybe damages a copy of it:
     * points In-Reply-To at another message (loops) or nowhere, rewrites References, renumbers
     * the subject (0/N, N+1/N, n/0), or makes the date unreadable.
     */
    @Provide
    Arbitrary<List<Message>> damagedThreads() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(40).map(AssemblyPropertiesTest::decode);
    }

    static List<Message> decode(List<Integer> seeds) {
        List<Message> all = THREAD.messages();
        int n = all.size();
        List<Message> out = new ArrayList<>();
        for (int seed : seeds) {
            Message m = all.get(seed % n);
            int kind = (seed / n) % 10;
            int param = seed / (n * 10);
            String other = all.get(param % n).messageId();
            MailInfo i = m.info();
            out.add(switch (kind) {
                case 4 -> new Message(m.messageId(), Optional.of(other), m.references(), m.from(), m.subject(), i);
                case 5 -> new Message(m.messageId(), Optional.of("nowhere-" + param % 3 + "@example.org"),
                        List.of(other, m.messageId()), m.from(), m.subject(), i);
                case 6 -> new Message(m.messageId(), Optional.empty(), List.of(), m.from(),
                        "[PATCH v" + (param % 3) + " " + (param % 7) + "/" + (param / 7 % 5) + "] damaged", i);
                case 7 -> new Message(m.messageId(), m.inReplyTo(), m.references(), m.from(), m.subject(),
                        new MailInfo(i.author(), i.email(), i.subject(), "not a date " + param % 2, i.message(), i.patch()));
                case 8 -> new Message(m.messageId(), m.inReplyTo(), m.references(),
                        new Address("Someone", "someone" + param % 2 + "@example.com"), m.subject(), i);
                default -> m;
            });
        }
        return out;
    }

    @Property(tries = 150)
    void neverThrowsAndLosesNothing(@ForAll("damagedThreads") List<Message> messages) {
        Assembly a = assembler.assemble(messages);
        Set<String> given = new HashSet<>();
        messages.forEach(m -> given.add(m.messageId()));
        List<String> placed = new ArrayList<>();
        for (Series s : a.series()) {
            s.coverLetter().ifPresent(c -> placed.add(c.messageId()));
            s.patches().forEach(p -> placed.add(p.message().messageId()));
            s.displaced().forEach(m -> placed.add(m.messageId()));
            s.replies().forEach(r -> placed.add(r.message().messageId()));
            for (var p : s.patches()) {
                assertThat(s.missing()).doesNotContain(p.prefix().index());
            }
            for (var p : s.patches()) {
                new AmReadyMessage().setLinkPattern(AmReadyMessage.DEFAULT_LINK_PATTERN).commitMessage(s, p);
            }
        }
        a.unplacedReplies().forEach(m -> placed.add(m.messageId()));
        a.unrelated().forEach(m -> placed.add(m.messageId()));
        // every message exactly once
        assertThat(placed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(placed)).isEqualTo(given);
        new LineageLinker().link(a.series());
    }

    @Property(tries = 100)
    void independentOfDeliveryOrderAndDuplicates(@ForAll("damagedThreads") List<Message> messages, @ForAll Random random) {
        Assembly expected = assembler.assemble(messages);
        List<Message> shuffled = new ArrayList<>(messages);
        Collections.shuffle(shuffled, random);
        if (!messages.isEmpty()) {
            shuffled.add(messages.get(random.nextInt(messages.size())));
        }
        Assembly actual = assembler.assemble(shuffled);
        assertThat(withoutDuplicateNotes(actual.series())).isEqualTo(withoutDuplicateNotes(expected.series()));
        assertThat(actual.unplacedReplies()).isEqualTo(expected.unplacedReplies());
        // notes equal but for the duplicate delivery just added
        assertThat(actual.notes()).filteredOn(n -> n.kind() != Note.Kind.DUPLICATE_MESSAGE_ID)
                .isEqualTo(expected.notes().stream().filter(n -> n.kind() != Note.Kind.DUPLICATE_MESSAGE_ID).toList());
    }

    /** The series with the notes about duplicate delivery left out (the property adds one). */
    private static List<Series> withoutDuplicateNotes(List<Series> series) {
        return series.stream().map(s -> new Series(s.id(), s.version(), s.total(), s.subject(), s.prefix(), s.author(), s.date(),
                s.coverLetter(), s.patches(), s.missing(), s.grouping(), s.pullRequest(), s.metadata(), s.replies(),
                s.displaced(), s.notes().stream().filter(n -> n.kind() != Note.Kind.DUPLICATE_MESSAGE_ID).toList(),
                s.prefixWords(), s.touchedPaths())).toList();
    }

    @Property(tries = 50)
    void lineagesIndependentOfOrder(@ForAll("damagedThreads") List<Message> messages, @ForAll Random random) {
        List<Series> series = new ArrayList<>(assembler.assemble(messages).series());
        List<Lineage> expected = new LineageLinker().link(series);
        Collections.shuffle(series, random);
        assertThat(new LineageLinker().link(series)).isEqualTo(expected);
    }

    @Property(tries = 1)
    void theUndamagedThreadAssemblesAsMade() {
        Assembly a = assembler.assemble(THREAD.messages());
        assertThat(a.series()).extracting(Series::version, Series::complete, Series::grouping).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, true, Grouping.THREAD),
                org.assertj.core.groups.Tuple.tuple(2, true, Grouping.THREAD),
                org.assertj.core.groups.Tuple.tuple(1, true, Grouping.TIME_WINDOW),
                org.assertj.core.groups.Tuple.tuple(1, true, Grouping.SINGLE));
        assertThat(new LineageLinker().link(a.series())).hasSize(3);
    }
}
