package io.jenkins.plugins.patchworkci.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of the mail package: turns the bytes of one mail into a {@link Message} with
 * what {@code git mailinfo} extracts, within {@link MailLimits}. Immutable and thread-safe; one
 * parser serves a whole mailbox.
 *
 * <p>{@link #parse(byte[])} reads a message the way {@code git am} does (mailsplit's line-end
 * handling, then mailinfo with {@link MailinfoOptions}); {@link #mailinfo(byte[])} is exactly
 * {@code git mailinfo} on the given bytes.
 */
public final class MailParser {

    private static final MailParser DEFAULT = new MailParser(MailLimits.defaults(), MailinfoOptions.defaults(), SplitOptions.defaults());

    private static final CharsetRecoder UTF8 = new CharsetRecoder("UTF-8");

    private final MailLimits limits;
    private final MailinfoOptions options;
    private final SplitOptions split;

    public MailParser(MailLimits limits, MailinfoOptions options, SplitOptions split) {
        this.limits = limits;
        this.options = options;
        this.split = split;
    }

    public static MailParser withDefaults() {
        return DEFAULT;
    }

    public MailLimits limits() {
        return limits;
    }

    public MailinfoOptions options() {
        return options;
    }

    public SplitOptions splitOptions() {
        return split;
    }

    public MailParser withLimits(MailLimits l) {
        return new MailParser(l, options, split);
    }

    public MailParser withOptions(MailinfoOptions o) {
        return new MailParser(limits, o, split);
    }

    public MailParser withSplitOptions(SplitOptions s) {
        return new MailParser(limits, options, s);
    }

    /**
     * Exactly what {@code git mailinfo} would produce from these bytes (no line-end conversion).
     * Problems git reports are in the result's errors.
     *
     * @throws MailException only when a limit is exceeded
     */
    public MailinfoResult mailinfo(byte[] mail) throws MailException {
        return MailinfoExtractor.extract(mail, options, limits);
    }

    /**
     * Parses one raw message ({@code .eml}, {@code .patch}, or the bytes of one mbox entry).
     *
     * @throws MailException if git would not accept it (undecodable header or charset, broken
     *     MIME), if it has no Message-ID or no sender, if its diff is cut short, or if it exceeds
     *     a limit
     */
    public Message parse(byte[] raw) throws MailException {
        byte[] normalized = normalizeLineEnds(raw);
        return toMessage(mailinfo(normalized), normalized);
    }

    /** A message cut out of a mailbox (already through mailsplit's line-end handling). */
    public Message parse(RawMessage raw) throws MailException {
        if (raw.problem() != null) {
            throw new MailException(raw.problem());
        }
        return toMessage(mailinfo(raw.bytes()), raw.bytes());
    }

    private byte[] normalizeLineEnds(byte[] raw) {
        if (split.keepCr()) {
            return raw;
        }
        int crlf = 0;
        for (int i = 1; i < raw.length; i++) {
            if (raw[i] == '\n' && raw[i - 1] == '\r') {
                crlf++;
            }
        }
        if (crlf == 0) {
            return raw;
        }
        byte[] out = new byte[raw.length - crlf];
        int o = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] == '\n') {
                continue;
            }
            out[o++] = raw[i];
        }
        return out;
    }

    private static Message toMessage(MailinfoResult r, byte[] raw) throws MailException {
        if (!r.ok()) {
            throw new MailException(String.join("; ", r.errors()));
        }
        Address from = r.header("From").map(MailParser::address).orElseThrow(() -> notMail(r, raw));
        Optional<String> messageId = r.header("Message-ID").flatMap(v -> firstId(ascii(v)));
        if (messageId.isEmpty()) {
            throw new MailException("no Message-ID header");
        }
        if (from.email().isEmpty()) {
            throw new MailException("no address in the From header");
        }
        String truncated = TruncatedDiffCheck.check(r.patch());
        if (truncated != null) {
            throw new MailException(truncated);
        }
        Optional<String> inReplyTo = r.header("In-Reply-To").flatMap(v -> firstId(ascii(v)));
        List<String> references = r.header("References").map(v -> allIds(ascii(v))).orElse(List.of());
        String subject = r.header("Subject").map(MailParser::decodedText).orElse("");
        return new Message(messageId.get(), inReplyTo, references, from, subject, r.toMailInfo());
    }

    /** Why a message without a sender is refused: most often it is no mail at all. */
    private static MailException notMail(MailinfoResult r, byte[] raw) {
        for (int i = 0; i < Math.min(raw.length, 8192); i++) {
            if (raw[i] == 0) {
                return new MailException("not a mail: binary data");
            }
        }
        if (r.header("Subject").isEmpty() && r.header("Date").isEmpty()) {
            return new MailException("not a mail: no From, Subject or Date header");
        }
        return new MailException("no From header");
    }

    private static String ascii(byte[] v) {
        return new String(v, StandardCharsets.ISO_8859_1);
    }

    private static ByteLine decoded(byte[] value) {
        ByteLine l = ByteLine.of(value);
        ByteLine copy = l.copy();
        if (new HeaderDecoder(UTF8).decode(l) != null) {
            l = copy;
        }
        SubjectCleaner.cleanupSpace(l);
        l.trim();
        return l;
    }

    private static String decodedText(byte[] value) {
        return decoded(value).toUtf8();
    }

    private static Address address(byte[] value) {
        AuthorParser.NameEmail ne = AuthorParser.parse(decoded(value));
        return new Address(ne.name().toUtf8(), ne.email().toUtf8());
    }

    /** The first {@code <id>} (or, without brackets, the first word), brackets removed. */
    static Optional<String> firstId(String v) {
        List<String> ids = allIds(v);
        if (!ids.isEmpty()) {
            return Optional.of(ids.get(0));
        }
        String t = v.trim();
        int sp = t.indexOf(' ');
        String w = sp < 0 ? t : t.substring(0, sp);
        return w.isEmpty() ? Optional.empty() : Optional.of(w);
    }

    static List<String> allIds(String v) {
        List<String> ids = new ArrayList<>();
        int i = 0;
        while ((i = v.indexOf('<', i)) >= 0) {
            int j = v.indexOf('>', i + 1);
            if (j < 0) {
                break;
            }
            String id = v.substring(i + 1, j).trim();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            i = j + 1;
        }
        return ids;
    }
}
