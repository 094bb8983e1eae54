package io.jenkins.plugins.patchworkci.inbox;

import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a maildir or patch directory already delivered. A file that disappears is forgotten; a
 * file whose content changes is delivered again.
 *
 * @param delivered file name (maildir: the unique part before {@code :2,}) to
 *     {@code <size>:<modified millis>:<SHA-256 of the content>}
 */
public record FileSetCursor(Map<String, String> delivered) {

    public FileSetCursor {
        delivered = java.util.Collections.unmodifiableMap(new TreeMap<>(delivered));
    }
}
