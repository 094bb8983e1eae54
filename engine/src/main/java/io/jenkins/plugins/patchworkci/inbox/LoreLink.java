package io.jenkins.plugins.patchworkci.inbox;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A message in a public-inbox archive, as named by a URL such as
 * {@code https://lore.kernel.org/netdev/<msgid>/}, {@code .../<msgid>/T/#u}, {@code .../<msgid>/raw}
 * or {@code https://lore.kernel.org/r/<msgid>} ({@code /r/} and {@code /all/} search every list).
 *
 * @param server the archive's root, ending in {@code /}
 * @param list the inbox name ({@code netdev}; {@code all} for lore's every-list view)
 * @param messageId the Message-ID without angle brackets, unescaped
 */
public record LoreLink(URI server, String list, String messageId) {

    /** What may follow the Message-ID in a public-inbox URL. */
    private static final List<String> SUFFIXES = List.of("T", "t", "raw", "t.mbox.gz", "t.atom", "#R", "R");

    public LoreLink {
        Objects.requireNonNull(server, "server");
        if (list.isBlank() || list.contains("/")) {
            throw new IllegalArgumentException("not an inbox name: '" + list + "'");
        }
        messageId = stripBrackets(messageId);
        if (messageId.isEmpty()) {
            throw new IllegalArgumentException("empty Message-ID");
        }
    }

    /**
     * Reads a public-inbox message URL.
     *
     * @throws IllegalArgumentException naming the URL when it has no inbox and Message-ID
     */
    public static LoreLink parse(String url) {
        URI u;
        try {
            u = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "'", e);
        }
        if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) public-inbox URL: '" + url + "'");
        }
        // raw path: a Message-ID may hold an escaped '/', which must not split it
        String[] parts = u.getRawPath().replaceAll("^/+", "").split("/");
        int end = parts.length;
        while (end > 0 && (parts[end - 1].isEmpty() || SUFFIXES.contains(parts[end - 1]))) {
            end--;
        }
        if (end < 2) {
            throw new IllegalArgumentException("public-inbox URL needs /<list>/<Message-ID>/: '" + url + "'");
        }
        String list = decode(parts[end - 2]);
        String prefix = String.join("/", java.util.Arrays.copyOfRange(parts, 0, end - 2));
        URI server = u.resolve("/" + (prefix.isEmpty() ? "" : prefix + "/"));
        return new LoreLink(server, "r".equals(list) ? "all" : list, decode(parts[end - 1]));
    }

    /** The message's directory URL, {@code <server><list>/<escaped msgid>/}. */
    public URI messageUri() {
        return server.resolve(list + "/" + escape(messageId) + "/");
    }

    /** public-inbox's {@code mid_escape}: everything but {@code A-Za-z0-9-._~!$&'()*+,;=:@} as UTF-8 %XX. */
    public static String escape(String messageId) {
        StringBuilder b = new StringBuilder();
        for (byte x : messageId.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    static String stripBrackets(String messageId) {
        String m = messageId.trim();
        return m.startsWith("<") && m.endsWith(">") ? m.substring(1, m.length() - 1).trim() : m;
    }

    private static String decode(String segment) {
        // percent-decoding only: a '+' in a Message-ID is a '+'
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()
                    && Character.digit(segment.charAt(i + 1), 16) >= 0 && Character.digit(segment.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
