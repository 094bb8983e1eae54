package io.jenkins.plugins.patchworkci.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The messages of a maildir folder in {@code git mailsplit}'s order: the files of {@code cur/}
 * and {@code new/} (not those starting with a dot), sorted by their names where runs of digits
 * compare as numbers, so {@code 2.host} comes before {@code 10.host}.
 */
public final class MaildirReader {

    private MaildirReader() {}

    /** The message files, relative to the maildir ({@code cur/...}, {@code new/...}), in order. */
    public static List<String> list(Path maildir) throws IOException {
        TreeSet<String> names = new TreeSet<>(MaildirReader::compareNames);
        for (String sub : new String[] {"cur", "new"}) {
            Path dir = maildir.resolve(sub);
            if (!Files.isDirectory(dir)) {
                if (Files.exists(dir)) {
                    throw new IOException("cannot opendir " + dir);
                }
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    String n = p.getFileName().toString();
                    if (!n.startsWith(".")) {
                        names.add(sub + "/" + n); // like git's string_list_insert, a name comparing equal is kept once
                    }
                }
            } catch (NoSuchFileException e) {
                // vanished between the check and the listing: nothing to read
            }
        }
        return new ArrayList<>(names);
    }

    /** git's maildir_filename_cmp: digit runs compare by value, other bytes by value. */
    static int compareNames(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (GitCtype.isDigit(x[i]) && GitCtype.isDigit(y[j])) {
                long na = 0;
                long nb = 0;
                while (i < x.length && GitCtype.isDigit(x[i])) {
                    na = saturatedAppend(na, x[i++] - '0');
                }
                while (j < y.length && GitCtype.isDigit(y[j])) {
                    nb = saturatedAppend(nb, y[j++] - '0');
                }
                if (na != nb) {
                    return (int) (na - nb);
                }
            } else {
                if (x[i] != y[j]) {
                    return (x[i] & 0xff) - (y[j] & 0xff);
                }
                i++;
                j++;
            }
        }
        return (i < x.length ? x[i] & 0xff : 0) - (j < y.length ? y[j] & 0xff : 0);
    }

    private static long saturatedAppend(long v, int d) {
        return v > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : v * 10 + d;
    }

    /**
     * Reads one maildir file as mailsplit does: the whole file (or, if it starts with a
     * {@code From } line, up to the next one), with the same line-end and mboxrd handling. A
     * file that cannot be read is a message with a problem, so the rest of the folder is read.
     */
    static RawMessage read(Path file, int position, SplitOptions options, MailLimits limits) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("interrupted while reading a maildir");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                return new RawMessage(position, -1, file.toString(), new byte[0], "cannot read mail (empty file)");
            }
            MboxSplitter one = new MboxSplitter(in, file.toString(), options.withAllowBare(true), limits);
            one.keepLeadingSpace();
            RawMessage m = one.next();
            return new RawMessage(position, -1, file.toString(), m == null ? new byte[0] : m.bytes(),
                    m == null ? "cannot read mail" : m.problem());
        } catch (MailException e) {
            throw new IllegalStateException("bare messages are allowed here", e);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            return new RawMessage(position, -1, file.toString(), new byte[0], "cannot read mail: " + e.getMessage());
        }
    }
}
