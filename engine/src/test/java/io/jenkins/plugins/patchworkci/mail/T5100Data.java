package io.jenkins.plugins.patchworkci.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** git's t/t5100 samples, carried as test resources (see git-t5100/README.md). */
final class T5100Data {

    private T5100Data() {}

    static byte[] bytes(String name) {
        try (InputStream in = T5100Data.class.getResourceAsStream("/git-t5100/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource git-t5100/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String name) {
        return T5100Data.class.getResource("/git-t5100/" + name) != null;
    }

    /** Splits a sample mbox the way our mailbox reader does. */
    static List<byte[]> split(String name, SplitOptions options) throws IOException, MailException {
        MboxSplitter s = new MboxSplitter(new ByteArrayInputStream(bytes(name)), name, options, MailLimits.unlimited());
        List<byte[]> out = new ArrayList<>();
        for (RawMessage m = s.next(); m != null; m = s.next()) {
            out.add(m.bytes());
        }
        return out;
    }
}
