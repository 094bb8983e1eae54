package io.jenkins.plugins.patchworkci.inbox;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one poll delivers for one item: raw mail bytes and what the source knows about them.
 *
 * @param key a stable identity within the source ({@code series/6}, a Message-ID, a file name), so the
 *     caller can recognise an item delivered again after a crash between processing and saving the cursor
 * @param format how {@link #mail()} holds its messages
 * @param mail the raw bytes, exactly as the source served them
 * @param metadata what the source knows beyond the mail (keys listed in docs/sources.md, e.g.
 *     {@code patchwork.series.id}); never needed to parse the mail
 * @param complete false when a series is released incomplete after the hold timeout
 */
public record Arrival(String key, MailFormat format, byte[] mail,
        Map<String, String> metadata, boolean complete) {

    public Arrival {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(format, "format");
        mail = mail.clone();
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    @Override
    public byte[] mail() {
        return mail.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arrival a && key.equals(a.key) && format == a.format && Arrays.equals(mail, a.mail)
                && metadata.equals(a.metadata) && complete == a.complete;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, format, Arrays.hashCode(mail), metadata, complete);
    }

    @Override
    public String toString() {
        return "Arrival[" + key + ", " + format + ", " + mail.length + " bytes" + (complete ? "" : ", incomplete") + "]";
    }
}
