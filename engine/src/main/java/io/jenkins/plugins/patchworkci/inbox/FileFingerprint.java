package io.jenkins.plugins.patchworkci.inbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of some bytes, as hex: how local cursors recognise content they have already delivered. */
final class FileFingerprint {

    private FileFingerprint() {
    }

    static String of(byte[] bytes, int from, int to) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(bytes, from, to - from);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }
}
