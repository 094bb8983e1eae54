package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import java.nio.charset.StandardCharsets;

/**
 * The whole text of a message's body as {@code git mailinfo} split it: the message part, then the
 * part from the {@code ---} line on. Cover letters and b4 keep their metadata ({@code change-id:},
 * {@code base-commit:}, {@code prerequisite-*:}) below the {@code ---} line, so series-level
 * readers need both halves.
 */
final class MailBody {

    private MailBody() {}

    static String of(Message message) {
        String text = message.info().message();
        byte[] patch = message.info().patch();
        if (patch.length == 0) {
            return text;
        }
        // Diffs may be in any encoding; the metadata lines we look for are ASCII, so a lossy
        // decode of the rest is harmless.
        String rest = new String(patch, StandardCharsets.UTF_8);
        return text.isEmpty() || text.endsWith("\n") ? text + rest : text + "\n" + rest;
    }
}
