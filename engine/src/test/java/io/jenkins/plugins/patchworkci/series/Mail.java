package io.jenkins.plugins.patchworkci.series;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test-only: one raw RFC 5322 mail as text, with header edits (what git send-email would change). */
final class Mail {

    final String text;

    Mail(String text) {
        this.text = text.replace("\r\n", "\n");
    }

    String headers() {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    String body() {
        int end = text.indexOf("\n\n");
        return end < 0 ? "" : text.substring(end + 2);
    }

    /** The unfolded value of the first header with this name, or null. */
    String header(String name) {
        String unfolded = headers().replaceAll("\n[ \t]+", " ");
        Matcher m = Pattern.compile("(?mi)^" + Pattern.quote(name) + ":[ \t]*(.*)$").matcher(unfolded);
        return m.find() ? m.group(1).trim() : null;
    }

    /** Replaces (or adds, when absent) a header; null removes it. */
    Mail with(String name, String value) {
        String h = headers().replaceAll("(?mi)^" + Pattern.quote(name) + ":.*\n([ \t].*\n)*", "");
        if (value != null) {
            h = h.replaceFirst("(?m)^(From [0-9a-f]{40} .*\n)?", "$1" + Matcher.quoteReplacement(name + ": " + value + "\n"));
        }
        return new Mail(h + "\n" + body());
    }

    Mail withBody(String body) {
        return new Mail(headers() + "\n" + body);
    }

    String messageId() {
        String v = header("Message-Id");
        return v == null ? null : v.replaceAll("^<|>$", "");
    }

    String subject() {
        return header("Subject");
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Splits {@code git format-patch --stdout} output at its {@code From <sha> Mon Sep 17} lines. */
    static List<Mail> splitMbox(String mbox) {
        List<Mail> out = new ArrayList<>();
        String[] parts = mbox.split("(?m)(?=^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001$)");
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(new Mail(p));
            }
        }
        return out;
    }

    /** Splits an mboxrd file (b4's output) and undoes its {@code >From } quoting. */
    static List<Mail> splitMboxrd(String mbox) {
        List<Mail> out = new ArrayList<>();
        for (String p : mbox.split("(?m)^From [^\n]*\n")) {
            if (!p.isBlank()) {
                out.add(new Mail(p.replaceAll("(?m)^>(>*From )", "$1")));
            }
        }
        return out;
    }

    /** A reply as a mail client writes it: Re: subject, threading headers, quoted original. */
    static Mail reply(Mail to, String messageId, String from, String date, String ownText) {
        String refs = to.header("References");
        String parentId = "<" + to.messageId() + ">";
        String references = refs == null ? parentId : refs + " " + parentId;
        StringBuilder quoted = new StringBuilder();
        quoted.append("On ").append(to.header("Date")).append(", ").append(to.header("From")).append(" wrote:\n");
        for (String line : to.body().split("\n", -1)) {
            quoted.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        String subject = to.subject().startsWith("Re:") ? to.subject() : "Re: " + to.subject();
        return new Mail("From: " + from + "\n"
                + "Date: " + date + "\n"
                + "Subject: " + subject + "\n"
                + "Message-Id: <" + messageId + ">\n"
                + "In-Reply-To: " + parentId + "\n"
                + "References: " + references + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "\n"
                + quoted + "\n" + ownText + "\n");
    }

    @Override
    public String toString() {
        return subject() + " <" + messageId() + ">";
    }
}
