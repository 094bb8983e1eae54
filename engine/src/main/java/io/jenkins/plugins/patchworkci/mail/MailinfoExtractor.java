package io.jenkins.plugins.patchworkci.mail;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mailinfo extraction: one pass over the lines of one mail, the same state machine as git's
 * {@code mailinfo.c} (top-level headers, MIME boundaries and part headers, transfer decoding,
 * format=flowed, in-body headers, scissors, commit message, patch). Written for this project from
 * git's documented and tested behaviour; see docs/mail.md. One instance extracts one mail.
 */
final class MailinfoExtractor {

    private static final String[] HEADERS = {"From", "Subject", "Date"};
    private static final int SUBJECT = 1;
    /** git's MAX_BOUNDARIES: slot 0 is "no boundary", so four nested multiparts fit. */
    private static final int MAX_BOUNDARIES = 5;

    private enum TransferEncoding { NONE, QP, BASE64 }

    private final MailinfoOptions options;
    private final MailLimits limits;
    private final MailInput input;
    private final CharsetRecoder recoder;
    private final HeaderDecoder headerDecoder;

    private final @Nullable ByteLine[] content = new ByteLine[MAX_BOUNDARIES];
    private int contentTop;
    private final ByteLine charset = new ByteLine(16);
    /** {@link #charset} as a string, made once per change rather than once per line. */
    private @Nullable String charsetName;
    private boolean formatFlowed;
    private boolean delsp;
    private boolean haveQuotedCr;
    private boolean quotedCrSeen;
    private @Nullable ByteLine messageId;
    private TransferEncoding transferEncoding = TransferEncoding.NONE;
    private int patchLines;
    private int filterStage;
    private boolean headerStage = true;
    private final ByteLine inbodyHeaderAccum = new ByteLine();
    private final @Nullable ByteLine[] pHdrData = new ByteLine[HEADERS.length];
    private final @Nullable ByteLine[] sHdrData = new ByteLine[HEADERS.length];
    private final ByteLine logMessage = new ByteLine(1024);
    private final ByteLine patch;
    private final List<String> errors = new ArrayList<>();
    private final List<byte[]> topHeaders = new ArrayList<>();
    private int parts;

    private MailinfoExtractor(byte[] mail, MailinfoOptions options, MailLimits limits) {
        this.options = options;
        this.limits = limits;
        this.input = new MailInput(mail, limits.maxLineBytes());
        // decoding only shrinks a mail, so the patch never outgrows it (but for the end-boundary LFs)
        this.patch = new ByteLine(mail.length + 16);
        this.recoder = new CharsetRecoder(options.metainfoCharset());
        this.headerDecoder = new HeaderDecoder(recoder);
    }

    /**
     * Extracts one mail. Problems git reports (and exits 1 for) are in {@link MailinfoResult#errors()};
     *
     * @throws MailException when the mail exceeds a limit (line length, MIME parts)
     */
    static MailinfoResult extract(byte[] mail, MailinfoOptions options, MailLimits limits) throws MailException {
        if (mail.length > limits.maxMessageBytes()) {
            throw new MailException("message of " + mail.length + " bytes (the limit is " + limits.maxMessageBytes() + ")");
        }
        return new MailinfoExtractor(mail, options, limits).run();
    }

    private MailinfoResult run() throws MailException {
        int peek;
        do {
            peek = input.peek();
            if (peek < 0) {
                errors.add("empty patch");
                return new MailinfoResult(new byte[0], null, null, null, null, new byte[0], new byte[0], errors, false, topHeaders);
            }
            if (GitCtype.isSpace(peek)) {
                input.skip();
            }
        } while (GitCtype.isSpace(peek));

        ByteLine line = new ByteLine(256);
        while (readOneHeaderLine(line)) {
            topHeaders.add(line.toBytes());
            checkHeader(line, pHdrData, true);
        }
        handleBody(line);
        return MailinfoOutput.of(HEADERS, patchLines > 0 ? sHdrData : new ByteLine[HEADERS.length], pHdrData, options,
                logMessage, patch, errors, quotedCrSeen, topHeaders);
    }

    // ---- headers ----

    private boolean readOneHeaderLine(ByteLine line) throws MailException {
        if (!input.lineLf(line)) {
            return false;
        }
        line.rtrim();
        if (line.isEmpty() || !HeaderLine.isRfc2822Header(line)) {
            line.append('\n');
            return false;
        }
        ByteLine continuation = null;
        for (;;) {
            int peek = input.peek();
            if (peek != ' ' && peek != '\t') {
                break;
            }
            if (continuation == null) {
                continuation = new ByteLine();
            }
            if (!input.lineLf(continuation)) {
                break;
            }
            continuation.set(0, ' ');
            continuation.rtrim();
            line.append(continuation);
            if (line.length() > limits.maxLineBytes()) {
                throw new MailException("a header of more than " + limits.maxLineBytes() + " bytes");
            }
        }
        return true;
    }

    private @Nullable ByteLine parseHeader(ByteLine line, String hdr) {
        int v = HeaderLine.valueOffset(line, hdr);
        if (v < 0) {
            return null;
        }
        ByteLine val = new ByteLine(line.length() - v + 1);
        int end = line.cLength();
        if (v < end) {
            val.append(line.array(), v, end - v);
        }
        String problem = headerDecoder.decode(val);
        if (problem != null) {
            errors.add(problem);
        }
        return val;
    }

    private boolean checkHeader(ByteLine line, @Nullable ByteLine[] hdrData, boolean overwrite) throws MailException {
        for (int i = 0; i < HEADERS.length; i++) {
            if (hdrData[i] == null || overwrite) {
                ByteLine val = parseHeader(line, HEADERS[i]);
                if (val != null) {
                    hdrData[i] = val;
                    return true;
                }
            }
        }
        ByteLine val = parseHeader(line, "Content-Type");
        if (val != null) {
            handleContentType(val);
            return true;
        }
        val = parseHeader(line, "Content-Transfer-Encoding");
        if (val != null) {
            if (val.indexOfIgnoreCase("base64", 0) >= 0) {
                transferEncoding = TransferEncoding.BASE64;
            } else if (val.indexOfIgnoreCase("quoted-printable", 0) >= 0) {
                transferEncoding = TransferEncoding.QP;
            } else {
                transferEncoding = TransferEncoding.NONE;
            }
            return true;
        }
        val = parseHeader(line, "Message-Id");
        if (val != null) {
            if (options.addMessageId()) {
                messageId = val;
            }
            return true;
        }
        return false;
    }

    private void handleContentType(ByteLine line) throws MailException {
        formatFlowed = HeaderLine.hasAttrValue(line, "format=", "flowed");
        delsp = HeaderLine.hasAttrValue(line, "delsp=", "yes");
        ByteLine boundary = HeaderLine.attr(line, "boundary=");
        if (boundary != null) {
            boundary.insert(0, new byte[] {'-', '-'}, 0, 2);
            if (++contentTop >= MAX_BOUNDARIES) {
                errors.add("Too many boundaries to handle");
                contentTop = MAX_BOUNDARIES - 1;
                return;
            }
            content[contentTop] = boundary;
        }
        ByteLine cs = HeaderLine.attr(line, "charset=");
        charset.reset();
        charsetName = null;
        if (cs != null) {
            charset.append(cs);
        }
    }

    // ---- body ----

    private boolean isMultipartBoundary(ByteLine line) {
        ByteLine top = content[contentTop];
        return top.length() <= line.length() && regionEquals(line, 0, top);
    }

    private static boolean regionEquals(ByteLine line, int off, ByteLine what) {
        byte[] a = line.array();
        byte[] b = what.array();
        for (int i = 0; i < what.length(); i++) {
            if (a[off + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean findBoundary(ByteLine line) throws MailException {
        while (input.lineLf(line)) {
            if (content[contentTop] != null && isMultipartBoundary(line)) {
                return true;
            }
        }
        return false;
    }

    private boolean handleBoundary(ByteLine line) throws MailException {
        // git releases its "\n" buffer after the first end boundary, so a second end boundary
        // in the same call passes an empty line on
        ByteLine newline = ByteLine.of("\n");
        for (;;) {
            ByteLine top = content[contentTop];
            if (line.length() >= top.length() + 2 && line.at(top.length()) == '-' && line.at(top.length() + 1) == '-') {
                // an end boundary: pop it, then look for the next boundary of the enclosing multipart
                content[contentTop] = null;
                if (--contentTop < 0) {
                    errors.add("Detected mismatched boundaries, can't recover");
                    contentTop = 0;
                    return false;
                }
                handleFilter(newline);
                newline = new ByteLine(1);
                if (!errors.isEmpty()) {
                    return false;
                }
                if (!findBoundary(line)) {
                    return false;
                }
                continue;
            }
            break;
        }
        if (++parts > limits.maxMimeParts()) {
            throw new MailException("more than " + limits.maxMimeParts() + " MIME parts");
        }
        transferEncoding = TransferEncoding.NONE;
        charset.reset();
        charsetName = null;
        while (readOneHeaderLine(line)) {
            checkHeader(line, pHdrData, false);
        }
        if (!input.lineLf(line)) {
            return false;
        }
        line.append('\n');
        return true;
    }

    private void handleBody(ByteLine line) throws MailException {
        ByteLine prev = new ByteLine();
        if (content[contentTop] != null) {
            if (!findBoundary(line)) {
                return;
            }
        }
        do {
            if (content[contentTop] != null && isMultipartBoundary(line)) {
                if (!prev.isEmpty()) {
                    handleFilter(prev);
                    prev.reset();
                }
                summarizeQuotedCr();
                haveQuotedCr = false;
                if (!handleBoundary(line)) {
                    return;
                }
            }
            switch (transferEncoding) {
                case QP, BASE64 -> {
                    ByteLine decoded = transferEncoding == TransferEncoding.QP
                            ? TransferDecoder.decodeQ(line, false) : TransferDecoder.decodeB(line);
                    // git inserts the partial line before the decoded one; appending the decoded
                    // bytes to it is the same, and stays linear for a long line split over many
                    // prev never holds a LF (a partial line, or flowed text without its line end)
                    int scanFrom = prev.length();
                    if (!prev.isEmpty()) {
                        prev.append(decoded);
                        decoded = prev;
                        prev = new ByteLine();
                    }
                    prev = splitDecoded(decoded, scanFrom, prev);
                }
                default -> handleFilterFlowed(line, prev);
            }
            if (!errors.isEmpty()) {
                break;
            }
        } while (input.wholeLine(line));
        if (!prev.isEmpty()) {
            handleFilter(prev);
        }
        summarizeQuotedCr();
        flushInbodyHeaderAccum();
    }

    /**
     * A decoded line may hold several lines: pass each complete one on, keep a partial last one.
     *
     * @return the buffer now holding the partial line (and any flowed text before it): {@code prev},
     *     or {@code decoded} itself when it is all one partial line, so a long line is never copied
     *     again and again
     */
    private ByteLine splitDecoded(ByteLine decoded, int scanFrom, ByteLine prev) throws MailException {
        byte[] b = decoded.array();
        int n = decoded.length();
        int start = 0;
        while (start < n) {
            int nl = Math.max(start, scanFrom);
            while (nl < n && b[nl] != '\n') {
                nl++;
            }
            if (nl == n) {
                if (start == 0 && prev.isEmpty()) {
                    return decoded;
                }
                prev.append(b, start, n - start);
                return prev;
            }
            ByteLine piece = new ByteLine(nl + 1 - start);
            piece.append(b, start, nl + 1 - start);
            handleFilterFlowed(piece, prev);
            start = nl + 1;
        }
        return prev;
    }

    private void summarizeQuotedCr() {
        if (haveQuotedCr && options.quotedCr() == QuotedCr.WARN) {
            quotedCrSeen = true;
        }
    }

    private void handleFilterFlowed(ByteLine line, ByteLine prev) throws MailException {
        int len = line.length();
        if (!formatFlowed) {
            if (len >= 2 && line.at(len - 2) == '\r' && line.at(len - 1) == '\n') {
                haveQuotedCr = true;
                if (options.quotedCr() == QuotedCr.STRIP) {
                    line.setLength(len - 2);
                    line.append('\n');
                }
            }
            handleFilter(line);
            return;
        }
        if (len > 0 && line.at(len - 1) == '\n') {
            len--;
            if (len > 0 && line.at(len - 1) == '\r') {
                len--;
            }
        }
        if (line.startsWith("-- ") && len == 3) {
            // keep the signature separator as it is
            if (!prev.isEmpty()) {
                handleFilter(prev);
                prev.reset();
            }
            handleFilter(line);
            return;
        }
        if (len > 0 && line.at(0) == ' ') {
            line.remove(0, 1);
            len--;
        }
        if (len > 0 && line.at(len - 1) == ' ') {
            prev.append(line.array(), 0, len - (delsp ? 1 : 0));
            return;
        }
        line.insert(0, prev);
        prev.reset();
        handleFilter(line);
    }

    private void handleFilter(ByteLine line) throws MailException {
        if (filterStage == 0) {
            if (!handleCommitMsg(line)) {
                return;
            }
            filterStage++;
        }
        patch.append(line);
        patchLines++;
    }

    private boolean handleCommitMsg(ByteLine line) throws MailException {
        if (headerStage) {
            if (line.isEmpty() || (line.length() == 1 && line.at(0) == '\n')) {
                if (!inbodyHeaderAccum.isEmpty()) {
                    flushInbodyHeaderAccum();
                    headerStage = false;
                }
                return false;
            }
        }
        if (options.inbodyHeaders() && headerStage) {
            headerStage = checkInbodyHeader(line);
            if (headerStage) {
                return false;
            }
        } else {
            headerStage = false;
        }
        if (charsetName == null && !charset.isEmpty()) {
            charsetName = charset.toUtf8();
        }
        String problem = recoder.convert(line, charset.isEmpty() ? null : charsetName);
        if (problem != null) {
            errors.add(problem);
            return false;
        }
        if (options.scissors() && BodyLines.isScissorsLine(line)) {
            logMessage.reset();
            headerStage = true;
            for (int i = 0; i < HEADERS.length; i++) {
                sHdrData[i] = null;
            }
            return false;
        }
        if (BodyLines.isPatchBreak(line)) {
            if (messageId != null) {
                logMessage.append("Message-Id: ").append(messageId).append('\n');
            }
            return true;
        }
        logMessage.append(line);
        if (logMessage.length() > limits.maxMessageBytes()) {
            throw new MailException("commit message longer than " + limits.maxMessageBytes() + " bytes");
        }
        return false;
    }

    private void flushInbodyHeaderAccum() throws MailException {
        if (inbodyHeaderAccum.isEmpty()) {
            return;
        }
        checkHeader(inbodyHeaderAccum, sHdrData, false);
        inbodyHeaderAccum.reset();
    }

    private boolean checkInbodyHeader(ByteLine line) throws MailException {
        if (!inbodyHeaderAccum.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            if (options.scissors() && BodyLines.isScissorsLine(line)) {
                flushInbodyHeaderAccum();
                return false;
            }
            if (inbodyHeaderAccum.at(inbodyHeaderAccum.length() - 1) == '\n') {
                inbodyHeaderAccum.setLength(inbodyHeaderAccum.length() - 1);
            }
            inbodyHeaderAccum.append(line);
            return true;
        }
        flushInbodyHeaderAccum();
        if (line.startsWith(">From") && GitCtype.isSpace(line.at(5))) {
            return BodyLines.isFormatPatchSeparator(line, 1);
        }
        if (line.startsWith("[PATCH]") && GitCtype.isSpace(line.at(7))) {
            sHdrData[SUBJECT] = line.copy();
            return true;
        }
        for (int i = 0; i < HEADERS.length; i++) {
            if (sHdrData[i] == null && HeaderLine.valueOffset(line, HEADERS[i]) >= 0) {
                inbodyHeaderAccum.append(line);
                return true;
            }
        }
        return false;
    }

}
