package io.jenkins.plugins.patchworkci.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local sources over real {@code git format-patch} output, with {@code git mailsplit} as the oracle. */
class LocalSourcesTest {

    @TempDir
    Path dir;

    /** {@code git format-patch} files for a series of {@code n} patches with cover letter. */
    private List<Path> formatPatch(String name, int n, Path out) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo-" + name));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("f"), "0\n");
        git(repo, "add", "f");
        git(repo, "commit", "-q", "-m", "base");
        for (int i = 1; i <= n; i++) {
            Files.writeString(repo.resolve("f"), i + "\n", StandardOpenOption.APPEND);
            git(repo, "commit", "-q", "-a", "-m", name + " " + i);
        }
        git(repo, "format-patch", "-q", "--cover-letter", "-o", out.toString(), "HEAD~" + n);
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".patch")).sorted().toList();
        }
    }

    /** git in {@code cwd}, as Jane Dev (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path cwd, String... args) {
        return GitRepo.in(cwd).as("Jane Dev", "jane@example.org").run(args);
    }

    /** How many messages {@code git mailsplit} finds in an mbox. */
    private int mailsplit(byte[] mbox) throws Exception {
        Path in = Files.write(Files.createTempFile(dir, "split", ".mbox"), mbox);
        Path out = Files.createTempDirectory(dir, "split");
        return Integer.parseInt(git(dir, "mailsplit", "-o" + out, in.toString()).trim());
    }

    @Test
    void aPatchDirectoryDeliversEachNewOrChangedFileOnceInOrder() throws Exception {
        Path patches = Files.createDirectories(dir.resolve("patches"));
        DirectorySource source = new DirectorySource(patches, DirectorySource.Layout.PATCHES);
        FileSetCursor start = source.initialCursor();
        List<Path> files = formatPatch("a", 11, patches);

        Poll<FileSetCursor> one = source.poll(start);
        assertThat(one.arrivals()).extracting(Arrival::key)
                .containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString()).toList());
        assertThat(one.arrivals().get(10).key()).startsWith("0010-"); // 0010 after 0009, by number
        for (int i = 0; i < files.size(); i++) {
            assertThat(one.arrivals().get(i).mail()).isEqualTo(Files.readAllBytes(files.get(i)));
            assertThat(mailsplit(one.arrivals().get(i).mail())).isEqualTo(1);
        }

        FileSetCursor restored = CursorJson.read(CursorJson.write(one.cursor()), FileSetCursor.class);
        assertThat(source.poll(restored).arrivals()).isEmpty();
        Files.setLastModifiedTime(files.get(5), java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        assertThat(source.poll(restored).arrivals()).as("touched, not changed").isEmpty();

        Files.writeString(files.get(2), "\n", StandardOpenOption.APPEND);
        Files.createSymbolicLink(patches.resolve("9999-outside.patch"), dir.resolve("repo-a").resolve("f"));
        Files.writeString(patches.resolve("notes.txt"), "not a patch");
        assertThat(source.poll(restored).arrivals()).extracting(Arrival::key)
                .containsExactly(files.get(2).getFileName().toString());
    }

    @Test
    void aMaildirMessageMovingFromNewToCurIsNotNew() throws Exception {
        Path md = dir.resolve("Maildir");
        for (String sub : List.of("new", "cur", "tmp")) {
            Files.createDirectories(md.resolve(sub));
        }
        DirectorySource source = new DirectorySource(md, DirectorySource.Layout.MAILDIR);
        FileSetCursor start = source.initialCursor();
        List<Path> files = formatPatch("m", 2, Files.createDirectories(dir.resolve("m-out")));
        byte[] message = Files.readAllBytes(files.get(1));
        message = new String(message, StandardCharsets.ISO_8859_1).substring(
                new String(message, StandardCharsets.ISO_8859_1).indexOf('\n') + 1).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(md.resolve("new").resolve("1795570000.M1P1.host"), message);

        Poll<FileSetCursor> one = source.poll(start);
        assertThat(one.arrivals()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("1795570000.M1P1.host");
            assertThat(a.format()).isEqualTo(MailFormat.MESSAGE);
        });

        Files.move(md.resolve("new").resolve("1795570000.M1P1.host"), md.resolve("cur").resolve("1795570000.M1P1.host:2,S"));
        assertThat(source.poll(one.cursor()).arrivals()).isEmpty();
        assertThatThrownBy(() -> new DirectorySource(dir.resolve("m-out"), DirectorySource.Layout.MAILDIR)
                .initialCursor()).hasMessageContaining("not a maildir");
    }

    @Test
    void anMboxFileDeliversWhatWasAppendedAndWholeMessagesOnly() throws Exception {
        Path mbox = dir.resolve("inbox.mbox");
        Files.write(mbox, new byte[0]);
        MboxFileSource source = new MboxFileSource(mbox);
        MboxFileCursor start = source.initialCursor();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        for (Path p : formatPatch("x", 3, Files.createDirectories(dir.resolve("x-out")))) {
            first.writeBytes(Files.readAllBytes(p));
        }
        Files.write(mbox, first.toByteArray());

        Poll<MboxFileCursor> one = source.poll(start);
        assertThat(one.arrivals()).singleElement().satisfies(a -> assertThat(a.mail()).isEqualTo(first.toByteArray()));
        assertThat(mailsplit(one.arrivals().get(0).mail())).isEqualTo(4);

        // a writer in the middle of its next message: only whole lines now, the rest next time
        byte[] second = Files.readAllBytes(formatPatch("y", 1, Files.createDirectories(dir.resolve("y-out"))).get(1));
        Files.write(mbox, java.util.Arrays.copyOf(second, 40), StandardOpenOption.APPEND);
        Poll<MboxFileCursor> two = source.poll(CursorJson.read(CursorJson.write(one.cursor()), MboxFileCursor.class));
        Files.write(mbox, java.util.Arrays.copyOfRange(second, 40, second.length), StandardOpenOption.APPEND);
        Poll<MboxFileCursor> three = source.poll(two.cursor());
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        two.arrivals().forEach(a -> appended.writeBytes(a.mail()));
        three.arrivals().forEach(a -> appended.writeBytes(a.mail()));
        assertThat(appended.toByteArray()).isEqualTo(second);
        assertThat(source.poll(three.cursor()).arrivals()).isEmpty();

        // rewritten, not appended: read again from the start
        Files.write(mbox, second);
        assertThat(source.poll(three.cursor()).arrivals()).singleElement()
                .satisfies(a -> assertThat(a.mail()).isEqualTo(second));
    }

    @Test
    void aMissingMboxIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope.mbox");
        assertThatThrownBy(() -> new MboxFileSource(missing).initialCursor()).isInstanceOf(IOException.class)
                .hasMessageContaining("nope.mbox");
    }

    @Test
    void namesCompareByNumberValue() {
        assertThat(DirectorySource.compareNames("0002-a.patch", "0010-a.patch")).isNegative();
        assertThat(DirectorySource.compareNames("v2-0001-a.patch", "v10-0001-a.patch")).isNegative();
        assertThat(DirectorySource.compareNames("b", "a")).isPositive();
    }
}
