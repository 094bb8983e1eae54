package io.jenkins.plugins.patchworkci.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Builds mbox text the way Patchwork serves it: a cover letter, or patches with real diffs. */
final class Mails {

    private Mails() {}

    static String message(String msgid, String inReplyTo, String from, String date, String subject, String body) {
        StringBuilder m = new StringBuilder();
        m.append("From patchwork Mon Sep 12 00:00:00 2016\n");
        m.append("Message-Id: <").append(msgid).append(">\n");
        if (inReplyTo != null) {
            m.append("In-Reply-To: <").append(inReplyTo).append(">\n");
            m.append("References: <").append(inReplyTo).append(">\n");
        }
        m.append("From: ").append(from).append('\n');
        m.append("Date: ").append(date).append('\n');
        m.append("Subject: ").append(subject).append("\n\n");
        m.append(body);
        if (!body.endsWith("\n")) {
            m.append('\n');
        }
        return m.append('\n').toString();
    }

    /** A commit message and a one-line change of {@code file}; {@code text} makes the patch-id. */
    static String patchBody(String file, String text) {
        return "Change " + file + ".\n\nSigned-off-by: Some One <someone@example.org>\n---\n"
                + " " + file + " | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n"
                + "diff --git a/" + file + " b/" + file + "\n"
                + "index 1111111..2222222 100644\n"
                + "--- a/" + file + "\n+++ b/" + file + "\n"
                + "@@ -1 +1 @@\n-old\n+" + text + "\n--\n2.43.0\n";
    }

    /** The cover letter Patchwork recorded ({@code cover-3.json}): its headers and content as one mail. */
    static String coverFromRecord(JsonNode cover) {
        JsonNode h = cover.get("headers");
        StringBuilder m = new StringBuilder("From patchwork Wed Nov 25 00:40:26 2026\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.append(e.getKey()).append(": ").append(e.getValue().asText()).append('\n');
        }
        return m.append('\n').append(cover.get("content").asText()).append("\n\n").toString();
    }
}
