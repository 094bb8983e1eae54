package io.jenkins.plugins.patchworkci.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last step of the mailinfo extraction: the lines {@code git mailinfo} prints (Author,
 * Email, Subject, Date), from the in-body headers when a patch followed, else from the mail's
 * headers; the subject cleaned up unless kept, the sender split into name and address.
 */
final class MailinfoOutput {

    private MailinfoOutput() {}

    /**
     * @param inbody the in-body header values (all null when no patch followed)
     * @param top the top-level (and MIME part) header values
     */
    static MailinfoResult of(String[] names, @Nullable ByteLine[] inbody, @Nullable ByteLine[] top, MailinfoOptions options,
            ByteLine message, ByteLine patch, List<String> errors, boolean quotedCrSeen, List<byte[]> headers) {
        ByteLine out = new ByteLine(256);
        byte[] author = null;
        byte[] email = null;
        byte[] subject = null;
        byte[] date = null;
        for (int i = 0; i < names.length; i++) {
            ByteLine hdr = inbody[i] != null ? inbody[i] : top[i];
            if (hdr == null) {
                continue;
            }
            if (hdr.contains(0)) {
                errors.add("a NUL byte in '" + names[i] + "' is not allowed.");
            }
            switch (names[i]) {
                case "Subject" -> {
                    if (!options.keepSubject()) {
                        SubjectCleaner.cleanup(hdr, options.keepNonPatchBrackets());
                        SubjectCleaner.cleanupSpace(hdr);
                    }
                    subject = hdr.toBytes();
                    int sp = 0;
                    for (;;) {
                        int ep = hdr.indexOf('\n', sp);
                        int stop = ep < 0 ? hdr.cLength() : ep;
                        out.append("Subject: ").append(hdr.array(), sp, Math.max(0, cString(hdr, sp, stop) - sp)).append('\n');
                        if (ep < 0) {
                            break;
                        }
                        sp = ep + 1;
                    }
                }
                case "From" -> {
                    SubjectCleaner.cleanupSpace(hdr);
                    AuthorParser.NameEmail ne = AuthorParser.parse(hdr);
                    author = ne.name().toBytes();
                    email = ne.email().toBytes();
                    out.append("Author: ").append(ne.name().array(), 0, ne.name().cLength()).append('\n');
                    out.append("Email: ").append(ne.email().array(), 0, ne.email().cLength()).append('\n');
                }
                default -> {
                    SubjectCleaner.cleanupSpace(hdr);
                    date = hdr.toBytes();
                    out.append(names[i]).append(": ").append(hdr.array(), 0, hdr.cLength()).append('\n');
                }
            }
        }
        out.append('\n');
        return new MailinfoResult(out.toBytes(), author, email, subject, date, message.toBytes(), patch.toBytes(),
                errors, quotedCrSeen, headers);
    }

    /** printf's {@code %.*s} stops at a NUL. */
    private static int cString(ByteLine l, int from, int to) {
        for (int i = from; i < to; i++) {
            if (l.at(i) == 0) {
                return i;
            }
        }
        return to;
    }
}
