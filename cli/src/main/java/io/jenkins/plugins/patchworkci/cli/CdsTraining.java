package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import picocli.CommandLine;

/**
 * Not a command: the build runs this once, under {@code -XX:ArchiveClassesAtExit}, to record the
 * classes that the short commands load into a class-data-sharing archive ({@code cli/target/pwci.jsa})
 * that the {@code pwci} launcher then maps instead of loading and verifying them one by one. It
 * runs {@code am} and {@code series} on a two-patch series against a repository it
 * makes with JGit, so the build needs nothing but Java. What it applies is thrown away.
 */
public final class CdsTraining {

    private static final String BASE = "int main(void)\n{\n\treturn 0;\n}\n";

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException, GitAPIException {
        Path dir = Files.createTempDirectory("pwci-cds-");
        try {
            Path repo = dir.resolve("repo");
            PersonIdent who = new PersonIdent("Training", "training@pwci.invalid");
            try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
                Files.writeString(repo.resolve("main.c"), BASE);
                git.add().addFilepattern("main.c").call();
                git.commit().setMessage("base").setAuthor(who).setCommitter(who).setSign(false).call();
            }
            Path mbox = dir.resolve("series.mbox");
            Files.writeString(mbox, mail(1, "return 0;", "return 1;") + mail(2, "return 1;", "return 2;"),
                    StandardCharsets.UTF_8);
            for (String[] command : new String[][] {
                {"--version"}, {"am", "--help"}, {"apply", "--help"}, {"check", "--help"},
                {"series", mbox.toString()},
                {"am", "-C", repo.toString(), mbox.toString()},
            }) {
                CommandLine cmd = Pwci.commandLine(command);
                StringWriter err = new StringWriter();
                cmd.setOut(new PrintWriter(Writer.nullWriter()));
                cmd.setErr(new PrintWriter(err, true));
                int exit = cmd.execute(command);
                if (exit != 0) {
                    // a training run that fails records the wrong classes: say so, the build stops
                    throw new IllegalStateException("pwci " + String.join(" ", command) + " exited " + exit + ": " + err);
                }
            }
        } finally {
            DirectoryTree.deleteIfExists(dir);
        }
    }

    private static String mail(int n, String before, String after) {
        return "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
                + "From: Training <training@pwci.invalid>\n"
                + "Date: Mon, 7 Dec 2026 10:0" + n + ":00 +0000\n"
                + "Subject: [PATCH " + n + "/2] main: return " + n + "\n"
                + "Message-ID: <training-" + n + "@pwci.invalid>\n"
                + "\n"
                + "Signed-off-by: Training <training@pwci.invalid>\n"
                + "---\n"
                + " main.c | 2 +-\n"
                + "\n"
                + "diff --git a/main.c b/main.c\n"
                + "--- a/main.c\n"
                + "+++ b/main.c\n"
                + "@@ -1,4 +1,4 @@\n"
                + " int main(void)\n"
                + " {\n"
                + "-\t" + before + "\n"
                + "+\t" + after + "\n"
                + " }\n"
                + "-- \n"
                + "2.39.5\n\n";
    }
}
