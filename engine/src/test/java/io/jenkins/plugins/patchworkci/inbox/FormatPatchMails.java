package io.jenkins.plugins.patchworkci.inbox;


import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Patch mails made by the real {@code git format-patch} (cover letter, threaded), as a list's MTA would
 * hand them on: the mbox {@code From } line dropped and a {@code Received:} header on top.
 */
final class FormatPatchMails {

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
            .ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private FormatPatchMails() {
    }

    /** A series of {@code patches} patches plus cover letter, in a fresh repository under {@code dir}. */
    static List<byte[]> series(Path dir, String name, int patches, String to) throws IOException, InterruptedException {
        Path repo = Files.createDirectories(dir.resolve(name));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("file.c"), "int x;\n");
        git(repo, "add", "file.c");
        git(repo, "commit", "-q", "-m", "base");
        for (int i = 1; i <= patches; i++) {
            Files.writeString(repo.resolve("file.c"), "int x" + i + ";\n", java.nio.file.StandardOpenOption.APPEND);
            git(repo, "commit", "-q", "-a", "-m", name + ": change " + i, "-m", "From the body, a line starting with From.");
        }
        Path out = dir.resolve(name + "-patches");
        git(repo, "format-patch", "-q", "--cover-letter", "--thread", "--to=" + to, "-o", out.toString(),
                "HEAD~" + patches);
        List<byte[]> mails = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                String text = new String(b, StandardCharsets.ISO_8859_1);
                // format-patch names the cover letter cover.<seconds>.git.<email>: two series made in the
                // same second would share it, so every generated Message-ID gets the series name too
                text = text.substring(text.indexOf('\n') + 1).replace(".git.jane@example.org>",
                        "." + name + ".git.jane@example.org>");
                mails.add(text.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return mails;
    }

    /** The message with a Received header stamped {@code at} on top. */
    static byte[] received(byte[] message, Instant at) {
        String header = "Received: from mx.example.org by lists.example.org with ESMTP id x; "
                + RFC_2822.format(at) + "\n";
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + message.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(message, 0, all, h.length, message.length);
        return all;
    }

    static String messageId(byte[] message) {
        return MessageHeaders.of(message).messageId();
    }

    /** git in {@code repo}, as Jane Dev (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static void git(Path repo, String... args) {
        GitRepo.in(repo).as("Jane Dev", "jane@example.org").run(args);
    }
}
