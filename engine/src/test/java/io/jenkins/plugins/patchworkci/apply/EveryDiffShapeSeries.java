package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Random;

/**
 * A repository made with the real git holding a base commit and a series on branch
 * {@code series} with every shape of diff git writes: multi-hunk edits at the start, middle and
 * end of files, new, deleted, renamed and copied files (with and without changes), mode changes,
 * symlinks (new, retargeted, replacing a file), binary files (literal and delta), files without
 * a final newline, empty files, quoted (non-ASCII, space) paths, and authors in other time zones
 * and scripts.
 */
final class EveryDiffShapeSeries {

    final GitCli git;
    final String base;
    final String series;

    private EveryDiffShapeSeries(GitCli git, String base, String series) {
        this.git = git;
        this.base = base;
        this.series = series;
    }

    static String lines(String prefix, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(prefix).append(' ').append(i).append('\n');
        }
        return s.toString();
    }

    static byte[] random(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static EveryDiffShapeSeries everyShape(Path dir) throws IOException, InterruptedException {
        GitCli g = GitCli.init(dir);
        g.write("README", lines("readme", 30));
        g.write("src/main.c", lines("int main", 60));
        g.write("script.sh", "#!/bin/sh\necho hi\n");
        g.write("script2.sh", "#!/bin/sh\necho two\n");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("README"));
        g.write("noeol.txt", "a\nb\nc");
        g.write("eol.txt", "x\ny\n");
        g.write("blob.bin", random(1, 6000));
        g.write("bin2.bin", random(2, 300));
        g.write("old.txt", lines("old", 20));
        g.write("keep.txt", lines("keep", 40));
        g.write("gone.txt", lines("gone", 5));
        g.write("empty.txt", "");
        g.write("dir with space/file name.txt", lines("spaced", 10));
        g.write("type.txt", "will be a symlink\n");
        String base = g.commit("base", "1500000000 +0000");
        g.run("checkout", "-q", "-b", "series");

        g.write("src/main.c", lines("int main", 60).replace("int main 5\n", "int main five\n")
                .replace("int main 50\n", "int main fifty\nint main fifty-one\n"));
        g.write("README", lines("readme", 30).replace("readme 1\n", "README ONE\n")
                .replace("readme 30\n", "readme thirty\n"));
        g.commit("main: change the start, middle and end of files\n\nTwo hunks in one file, the first and last line of another.", "1600000000 -0730");

        g.write("docs/new.txt", lines("new", 7));
        g.write("empty2.txt", "");
        g.write("tools/run.sh", "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(dir.resolve("tools/run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        g.write("\u00fcml\u00e4ut.txt", "unicode path\n");
        g.commit("add new files: text, empty, executable, non-ASCII name", "1600000100 +0530");

        Files.delete(dir.resolve("gone.txt"));
        Files.delete(dir.resolve("empty.txt"));
        g.commit("delete a file and an empty file", "1600000200 +0000");

        g.run("mv", "old.txt", "renamed.txt");
        Files.createDirectories(dir.resolve("moved"));
        g.run("mv", "dir with space/file name.txt", "moved/file name.txt");
        g.write("moved/file name.txt", lines("spaced", 10).replace("spaced 3\n", "spaced three\n"));
        g.commit("rename one file as is and one with a change", "1600000300 +0100");

        g.write("keep-copy.txt", lines("keep", 40).replace("keep 20\n", "keep twenty\n"));
        g.write("keep.txt", lines("keep", 40).replace("keep 39\n", "keep 39 changed\n"));
        g.commit("copy a file with a change", "1600000400 -0300");

        Files.setPosixFilePermissions(dir.resolve("script.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("script2.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        g.write("script2.sh", "#!/bin/sh\necho two\necho more\n");
        g.commit("modes: one change alone, one with content", "1600000500 +0000");

        Files.delete(dir.resolve("link"));
        Files.createSymbolicLink(dir.resolve("link"), Path.of("src/main.c"));
        Files.createSymbolicLink(dir.resolve("newlink"), Path.of("docs"));
        Files.delete(dir.resolve("type.txt"));
        Files.createSymbolicLink(dir.resolve("type.txt"), Path.of("README"));
        g.commit("symlinks: retarget, create, replace a file", "1600000600 +0000");

        byte[] blob = random(1, 6000);
        blob[100] ^= 1;
        blob[5000] ^= 1;
        g.write("blob.bin", blob);
        g.write("img.bin", random(3, 2000));
        Files.delete(dir.resolve("bin2.bin"));
        g.commit("binary: delta, literal, deletion", "1600000700 +0000");

        g.write("noeol.txt", "a\nb\nc\nd");
        g.write("eol.txt", "x\ny");
        g.commit("newlines: extend a file without one, drop one", "1600000800 +0000");

        g.write("src/main.c", lines("int main", 60).replace("int main 5\n", "int main five\n")
                .replace("int main 50\n", "int main fifty\nint main fifty-one\n").replace("int main 30\n", ""));
        g.run(Map.of("GIT_AUTHOR_NAME", "J\u00f6rg \u00dcml\u00e4ut", "GIT_AUTHOR_EMAIL", "joerg@example.de"),
                "add", "-A");
        g.run(Map.of("GIT_AUTHOR_NAME", "J\u00f6rg \u00dcml\u00e4ut", "GIT_AUTHOR_EMAIL", "joerg@example.de",
                "GIT_AUTHOR_DATE", "1600000900 +1245"), "commit", "-q", "-m",
                "net: an author from elsewhere   \n\n\n\nA body with    trailing blanks   \n\n\nand runs of blank lines.\n\n"
                        + "Reviewed-by: Rev Iewer <rev@example.org>\nSigned-off-by: J\u00f6rg \u00dcml\u00e4ut <joerg@example.de>\n");
        String series = g.run("rev-parse", "HEAD");
        return new EveryDiffShapeSeries(g, base, series);
    }

    byte[] formatPatch(String from, String to) throws IOException, InterruptedException {
        GitCli.Result r = git.exec(null, Map.of(), "format-patch", "--stdout", "--binary", "-M", "-C",
                "--find-copies-harder", "--base=" + from, from + ".." + to);
        if (r.rc() != 0) {
            throw new IOException(r.err());
        }
        return r.out();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
