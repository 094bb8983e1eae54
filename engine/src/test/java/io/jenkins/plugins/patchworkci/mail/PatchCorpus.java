package io.jenkins.plugins.patchworkci.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a corpus of patch mail with the real {@code git format-patch}: a history with
 * non-ASCII authors and text, trailers, renames, binary files, long lines and missing final
 * newlines, mailed in every shape the parser must read (plain, --attach, --inline, encoded
 * headers, in-body From, cover letters), plus shapes format-patch cannot make, made from its
 * output (base64, quoted-printable, ISO-8859-1, format=flowed, CRLF).
 */
final class PatchCorpus {

    private static final String[][] PEOPLE = {
        {"Jörg Müller", "joerg@example.org"},
        {"Ζωή Παπαδοπούλου", "zoe@example.gr"},
        {"山田 太郎", "taro@example.jp"},
        {"Plain Person", "plain@example.com"},
        {"O'Neil, Ann", "ann@example.net"},
        {"Łukasz Żółć", "lukasz@example.pl"},
    };
    private static final String[] SUBJECTS = {
        "net: fix a leak in the receive path",
        "bpf: verifier: reject bogus offsets",
        "[net] tcp: use the right length",
        "selftests/bpf: add a test for the façade",
        "docs: explain the naïve approach",
        "Re: a subject that looks like a reply",
        "ice: correct a very long subject line that goes on and on beyond seventy-eight columns for sure",
    };

    private final Path repo;
    private final Path out;
    private final Random random = new Random(4711);
    private final Map<String, Path> mboxes = new LinkedHashMap<>();
    private String base;
    private String prereqBase;

    PatchCorpus(Path work) throws IOException {
        this.repo = Files.createDirectories(work.resolve("repo"));
        this.out = Files.createDirectories(work.resolve("mail"));
    }

    /** The commit the series is based on (format-patch --base). */
    String base() {
        return base;
    }

    /** The base of the "prerequisites" shape, three commits before its first patch. */
    String prerequisiteBase() {
        return prereqBase;
    }

    /** Label to mbox file, every shape of the corpus. */
    Map<String, Path> mboxes() {
        return mboxes;
    }

    PatchCorpus generate(int commits) throws IOException {
        GitProcess.check(repo, "init", "-q", "-b", "main");
        GitProcess.check(repo, "config", "user.name", "Committer Ç");
        GitProcess.check(repo, "config", "user.email", "committer@example.org");
        write("README", "base\n");
        write("net/core.c", lines(40, "core"));
        GitProcess.check(repo, "add", "-A");
        GitProcess.check(repo, "commit", "-q", "-m", "base");
        base = new String(GitProcess.check(repo, "rev-parse", "HEAD").out(), StandardCharsets.US_ASCII).trim();
        for (int i = 0; i < commits; i++) {
            change(i);
            GitProcess.check(repo, "add", "-A");
            String[] who = PEOPLE[i % PEOPLE.length];
            Path msg = repo.resolve("../msg.txt");
            Files.writeString(msg, message(i), StandardCharsets.UTF_8);
            GitProcess.check(repo, "commit", "-q", "--cleanup=verbatim", "--allow-empty",
                    "--author=" + who[0] + " <" + who[1] + ">", "-F", msg.toString());
        }
        String range = base + "..HEAD";
        formatPatch("plain", range, "--thread", "--cover-letter", "--base=" + base);
        formatPatch("attach", range, "--thread", "--attach", "--subject-prefix=PATCH net-next", "-v3");
        formatPatch("inline", range, "--thread", "--inline", "--rfc");
        formatPatch("encoded-headers", range, "--thread", "--encode-email-headers", "--numbered");
        formatPatch("inbody-from", range, "--thread", "--from=Sender Person <sender@example.com>", "--subject-prefix=PATCH bpf-next");
        prereqBase = new String(GitProcess.check(repo, "rev-parse", "HEAD~10").out(), StandardCharsets.US_ASCII).trim();
        formatPatch("prerequisites", "HEAD~7..HEAD~4", "--thread", "--base=" + prereqBase);
        List<byte[]> plain = messages("plain");
        transformed("base64", plain, PatchCorpus::toBase64);
        transformed("quoted-printable", plain, PatchCorpus::toQuotedPrintable);
        transformed("latin1", plain, PatchCorpus::toLatin1);
        transformed("flowed", plain, m -> toFlowed(m, false));
        transformed("flowed-delsp", plain, m -> toFlowed(m, true));
        transformed("crlf", plain, m -> new String(m, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        transformed("attach-base64", messages("attach"), PatchCorpus::attachmentToBase64);
        transformed("alternative-html", plain, PatchCorpus::toAlternative);
        transformed("nested-multipart", messages("attach"), PatchCorpus::nestInMixed);
        return this;
    }

    private void change(int i) throws IOException {
        switch (i % 8) {
            case 0 -> write("net/core.c", lines(40 + i, "core" + i));
            case 1 -> write("drivers/ice/ice_main.c", "/* ünïcödé comment " + i + " */\n" + lines(10, "ice"));
            case 2 -> write("tools/bpf/long line " + i + ".txt", "x".repeat(300) + i + "\n" + "tab\there \n");
            case 3 -> write("no-newline-" + i + ".txt", "no final newline " + i);
            case 4 -> {
                byte[] bin = new byte[200 + i];
                random.nextBytes(bin);
                Files.write(repo.resolve("firmware-" + i + ".bin"), bin);
            }
            case 5 -> {
                Path old = repo.resolve("net/core.c");
                if (Files.exists(old)) {
                    Files.move(old, repo.resolve("net/core-" + i + ".c"));
                    write("net/core.c", lines(5, "new core"));
                }
            }
            case 6 -> {
                try (Stream<Path> s = Files.list(repo)) {
                    for (Path p : s.filter(p -> p.getFileName().toString().startsWith("no-newline")).toList()) {
                        Files.delete(p);
                    }
                }
                write("Documentation/notes.rst", "Notes\n=====\n\nFrom the start, >quoted and  spaced  \n");
            }
            default -> write("net/core.c", lines(45, "core" + i) + "-- \n--- not a separator\n");
        }
    }

    private String message(int i) {
        String subject = SUBJECTS[i % SUBJECTS.length];
        StringBuilder b = new StringBuilder(subject).append(" ").append(i).append("\n\n");
        if (i % 9 == 4) {
            b.append("From: In Body <inbody@example.org>\nSubject: in-body subject ").append(i).append("\n\n");
        }
        b.append("This change fixes a problem seen by Ærø users when the façade is used.\n");
        b.append("The quick brown fox jumps over the lazy dog, again and again and again and again, ").append(i).append(".\n\n");
        if (i % 7 == 3) {
            b.append("-- >8 --\nBelow the scissors the real message starts.\n\n");
        }
        if (i % 5 == 1) {
            b.append("Quoted text:\n> From: someone\n>From here on\n\n");
        }
        b.append("Fixes: 1234567890ab (\"net: the commit that broke it\")\n");
        b.append("Link: https://lore.kernel.org/netdev/2024").append(i).append("@example.org/\n");
        b.append("Reviewed-by: ").append(PEOPLE[(i + 1) % PEOPLE.length][0]).append(" <")
                .append(PEOPLE[(i + 1) % PEOPLE.length][1]).append(">\n");
        b.append("Signed-off-by: ").append(PEOPLE[i % PEOPLE.length][0]).append(" <")
                .append(PEOPLE[i % PEOPLE.length][1]).append(">\n");
        return b.toString();
    }

    private static String lines(int n, String word) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(word).append(" line ").append(i).append(i % 3 == 0 ? "  \n" : "\n");
        }
        return b.toString();
    }

    private void write(String name, String content) throws IOException {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private void formatPatch(String label, String range, String... options) throws IOException {
        Path dir = Files.createDirectories(out.resolve(label));
        List<String> args = new ArrayList<>(List.of("format-patch", "-q", "-M", "-o", dir.toString()));
        args.addAll(List.of(options));
        args.add(range);
        GitProcess.check(repo, args.toArray(String[]::new));
        mboxes.put(label, concat(label, messagesIn(dir)));
    }

    private static List<byte[]> messagesIn(Path dir) throws IOException {
        List<byte[]> l = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                l.add(Files.readAllBytes(p));
            }
        }
        return l;
    }

    private List<byte[]> messages(String label) throws IOException {
        return messagesIn(out.resolve(label));
    }

    private Path concat(String label, List<byte[]> messages) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            b.write(m);
        }
        Path mbox = out.resolve(label + ".mbox");
        Files.write(mbox, b.toByteArray());
        return mbox;
    }

    interface Transform {
        byte[] apply(byte[] mail) throws IOException;
    }

    private void transformed(String label, List<byte[]> messages, Transform t) throws IOException {
        List<byte[]> l = new ArrayList<>();
        for (byte[] m : messages) {
            l.add(t.apply(m));
        }
        mboxes.put(label, concat(label, l));
    }

    /** Header lines (with their LFs) and body of a format-patch message. */
    private record Split(String header, String body) {
        static Split of(byte[] mail) {
            String s = new String(mail, StandardCharsets.UTF_8);
            int i = s.indexOf("\n\n");
            return new Split(s.substring(0, i + 1), s.substring(i + 2));
        }

        String withMime(String contentType, String cte) {
            StringBuilder h = new StringBuilder();
            for (String line : header.split("\n")) {
                if (line.startsWith("Content-Type:") || line.startsWith("Content-Transfer-Encoding:")
                        || line.startsWith("MIME-Version:")) {
                    continue;
                }
                h.append(line).append('\n');
            }
            return h + "MIME-Version: 1.0\nContent-Type: " + contentType + "\nContent-Transfer-Encoding: " + cte + "\n\n";
        }
    }

    static byte[] toBase64(byte[] mail) {
        Split s = Split.of(mail);
        String b64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(s.body().getBytes(StandardCharsets.UTF_8));
        return (s.withMime("text/plain; charset=UTF-8", "base64") + b64 + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] toQuotedPrintable(byte[] mail) {
        Split s = Split.of(mail);
        StringBuilder qp = new StringBuilder();
        byte[] body = s.body().getBytes(StandardCharsets.UTF_8);
        int col = 0;
        for (int i = 0; i < body.length; i++) {
            int c = body[i] & 0xff;
            if (c == '\n') {
                qp.append('\n');
                col = 0;
                continue;
            }
            boolean lineEndSpace = (c == ' ' || c == '\t') && (i + 1 == body.length || body[i + 1] == '\n');
            String enc = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lineEndSpace)
                    ? String.valueOf((char) c) : String.format("=%02X", c);
            if (col + enc.length() > 75) {
                qp.append("=\n");
                col = 0;
            }
            qp.append(enc);
            col += enc.length();
        }
        return (s.withMime("text/plain; charset=UTF-8", "quoted-printable") + qp).getBytes(StandardCharsets.UTF_8);
    }

    /** The body re-encoded as ISO-8859-1 (characters it lacks become '?'), declared so. */
    static byte[] toLatin1(byte[] mail) {
        Split s = Split.of(mail);
        String body = s.body().replaceAll("[^\\x00-\\xff]", "?");
        return concatBytes(s.withMime("text/plain; charset=ISO-8859-1", "8bit").getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] toFlowed(byte[] mail, boolean delsp) {
        Split s = Split.of(mail);
        StringBuilder b = new StringBuilder();
        boolean inMessage = true;
        for (String line : s.body().split("\n", -1)) {
            if (line.startsWith("---")) {
                inMessage = false;
            }
            String stuffed = line.startsWith(" ") || line.startsWith("From ") || line.startsWith(">") ? " " + line : line;
            if (inMessage && stuffed.length() > 40 && !stuffed.equals("-- ")) {
                int cut = stuffed.indexOf(' ', 30);
                if (cut > 0 && cut < stuffed.length() - 1) {
                    String head = delsp ? stuffed.substring(0, cut) + " " : stuffed.substring(0, cut + 1);
                    String tail = delsp ? stuffed.substring(cut) : stuffed.substring(cut + 1);
                    b.append(head).append('\n').append(tail.startsWith(" ") ? " " + tail : tail).append('\n');
                    continue;
                }
            }
            b.append(stuffed).append('\n');
        }
        String ct = "text/plain; charset=UTF-8; format=flowed" + (delsp ? "; delsp=yes" : "");
        return (s.withMime(ct, "8bit") + b.substring(0, b.length() - 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** --attach output with the attached patch re-encoded as base64. */
    static byte[] attachmentToBase64(byte[] mail) {
        String s = new String(mail, StandardCharsets.UTF_8);
        int att = s.indexOf("Content-Disposition: attachment");
        if (att < 0) {
            return mail;
        }
        int bodyStart = s.indexOf("\n\n", att) + 2;
        int boundary = s.indexOf("\n--------------", bodyStart);
        if (boundary < 0) {
            return mail;
        }
        String headers = s.substring(0, bodyStart - 1).replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: base64");
        if (!headers.contains("Content-Transfer-Encoding: base64")) {
            headers = headers.substring(0, att) + "Content-Transfer-Encoding: base64\n" + headers.substring(att);
        }
        String b64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(s.substring(bodyStart, boundary + 1).getBytes(StandardCharsets.UTF_8));
        return (headers + "\n" + b64 + s.substring(boundary)).getBytes(StandardCharsets.UTF_8);
    }

    /** multipart/alternative: the mail as text/plain (quoted-printable) and an HTML rendering of it. */
    static byte[] toAlternative(byte[] mail) {
        Split s = Split.of(mail);
        String qp = new String(toQuotedPrintable(mail), StandardCharsets.UTF_8);
        String qpBody = qp.substring(qp.indexOf("\n\n") + 2);
        String html = "<html><body><pre>" + s.body().replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n";
        String b = "=_alt_" + Integer.toHexString(s.body().hashCode());
        return (s.withMime("multipart/alternative; boundary=\"" + b + "\"", "7bit")
                + "This is a multi-part message in MIME format.\n"
                + "--" + b + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + qpBody + "\n--" + b + "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                + html + "--" + b + "--\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An --attach mail wrapped as the first part of an outer multipart/mixed, with a preamble, plus a signature part. */
    static byte[] nestInMixed(byte[] mail) {
        String m = new String(mail, StandardCharsets.UTF_8);
        int hdrEnd = m.indexOf("\n\n");
        String headers = m.substring(0, hdrEnd + 1);
        StringBuilder outer = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        for (String line : headers.split("\n(?![ \t])")) {
            if (line.startsWith("Content-Type:") || line.startsWith("MIME-Version:")) {
                inner.append(line).append('\n');
            } else if (!line.isEmpty()) {
                outer.append(line).append('\n');
            }
        }
        String b = "=_outer_" + Integer.toHexString(m.hashCode());
        return (outer + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"" + b + "\"\n\n"
                + "preamble\n--" + b + "\n" + inner + "\n" + "inner preamble\n" + m.substring(hdrEnd + 2)
                + "--" + b + "\nContent-Type: application/pgp-signature\n\n-----BEGIN PGP SIGNATURE-----\nxyz\n"
                + "-----END PGP SIGNATURE-----\n--" + b + "--\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concatBytes(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
