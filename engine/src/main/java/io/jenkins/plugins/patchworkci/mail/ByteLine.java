package io.jenkins.plugins.patchworkci.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte string, the counterpart of git's {@code strbuf}: mail is bytes, and matching
 * git byte for byte means working on bytes, not on decoded text. Not thread-safe; the parser
 * reuses instances line after line to keep allocation low.
 */
final class ByteLine {

    private byte[] buf;
    private int len;

    ByteLine() {
        this(64);
    }

    ByteLine(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    static ByteLine of(byte[] bytes) {
        ByteLine l = new ByteLine(bytes.length);
        l.append(bytes, 0, bytes.length);
        return l;
    }

    static ByteLine of(String ascii) {
        return of(ascii.getBytes(StandardCharsets.UTF_8));
    }

    int length() {
        return len;
    }

    boolean isEmpty() {
        return len == 0;
    }

    /** The byte at {@code i}, or 0 past the end: C code reads the terminating NUL there. */
    int at(int i) {
        return i >= 0 && i < len ? buf[i] & 0xff : 0;
    }

    void set(int i, int b) {
        buf[i] = (byte) b;
    }

    byte[] array() {
        return buf;
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    String toUtf8() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    ByteLine append(int b) {
        ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    ByteLine append(byte[] src, int off, int n) {
        ensure(n);
        System.arraycopy(src, off, buf, len, n);
        len += n;
        return this;
    }

    ByteLine append(ByteLine other) {
        return append(other.buf, 0, other.len);
    }

    ByteLine append(String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.UTF_8);
        return append(b, 0, b.length);
    }

    void insert(int pos, byte[] src, int off, int n) {
        ensure(n);
        System.arraycopy(buf, pos, buf, pos + n, len - pos);
        System.arraycopy(src, off, buf, pos, n);
        len += n;
    }

    void insert(int pos, ByteLine other) {
        insert(pos, other.buf, 0, other.len);
    }

    void remove(int pos, int n) {
        System.arraycopy(buf, pos + n, buf, pos, len - pos - n);
        len -= n;
    }

    void setLength(int n) {
        len = n;
    }

    void reset() {
        len = 0;
    }

    void copyFrom(ByteLine other) {
        len = 0;
        append(other);
    }

    boolean startsWith(String ascii) {
        return startsWithAt(0, ascii);
    }

    boolean startsWithAt(int pos, String ascii) {
        int n = ascii.length();
        if (pos + n > len) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first NUL, or the length: where C string functions stop. */
    int cLength() {
        for (int i = 0; i < len; i++) {
            if (buf[i] == 0) {
                return i;
            }
        }
        return len;
    }

    int indexOf(int b, int from) {
        for (int i = from; i < len; i++) {
            if ((buf[i] & 0xff) == b) {
                return i;
            }
        }
        return -1;
    }

    /** strstr within the C string (up to the first NUL). */
    int indexOf(String ascii, int from) {
        return indexOf(ascii, from, cLength());
    }

    /** strstr within [from, end); callers that search repeatedly pass the C length once. */
    int indexOf(String ascii, int from, int end) {
        int n = ascii.length();
        outer:
        for (int i = from; i + n <= end; i++) {
            for (int j = 0; j < n; j++) {
                if (buf[i + j] != (byte) ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** strcasestr within the C string. */
    int indexOfIgnoreCase(String ascii, int from) {
        int end = cLength();
        int n = ascii.length();
        outer:
        for (int i = from; i + n <= end; i++) {
            for (int j = 0; j < n; j++) {
                if (GitCtype.toLower(buf[i + j] & 0xff) != GitCtype.toLower(ascii.charAt(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    boolean contains(int b) {
        return indexOf(b, 0) >= 0;
    }

    void rtrim() {
        while (len > 0 && GitCtype.isSpace(buf[len - 1] & 0xff)) {
            len--;
        }
    }

    void ltrim() {
        int i = 0;
        while (i < len && GitCtype.isSpace(buf[i] & 0xff)) {
            i++;
        }
        remove(0, i);
    }

    void trim() {
        rtrim();
        ltrim();
    }

    ByteLine copy() {
        ByteLine c = new ByteLine(len);
        c.append(this);
        return c;
    }

    @Override
    public String toString() {
        return toUtf8();
    }
}
