package io.jenkins.plugins.patchworkci.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers of a real Patchwork 3.1 server, recorded once (resources {@code /patchwork/}, see their
 * README), in one place for the tests of the engine, the pwci command and the plugin, and for the
 * benchmarks: every recorded Patchwork server serves these files, never a copy of them.
 */
public final class PatchworkRecordings {

    /** The origin the answers were recorded from; a server on loopback puts its own in its place. */
    public static final String RECORDED_ORIGIN = "http://127.0.0.1:8000";

    /** The JSON reader and writer of the recorded servers and their tests. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private PatchworkRecordings() {}

    /** A recorded file as recorded, e.g. {@code text("series-6.mbox")}. */
    public static String text(String name) {
        String path = "/patchwork/" + name;
        try (InputStream in = PatchworkRecordings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no recorded Patchwork file " + path + " in test-support");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recorded file as if the server at {@code origin} (no trailing slash) had answered it. */
    public static String text(String name, String origin) {
        return text(name).replace(RECORDED_ORIGIN, origin);
    }

    /** A recorded (or edited, or posted) JSON text as a tree; a test's broken JSON fails it unchecked. */
    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
