package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tree's {@code .mailmap}, read for one question: are two addresses the same person? Every
 * address on one line ({@code Proper Name <new@x> <old@y>}) names one person, as NIPA's
 * cc_maintainers reads it for its last-resort alias check.
 */
final class Mailmap {

    private static final Pattern ADDRESS = Pattern.compile("<([^>\\s]+@[^>\\s]+)>");
    private final List<List<String>> lines = new ArrayList<>();

    Mailmap(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> emails = new ArrayList<>();
            Matcher m = ADDRESS.matcher(l);
            while (m.find()) {
                emails.add(m.group(1).toLowerCase(Locale.ROOT));
            }
            if (emails.size() > 1) {
                lines.add(emails);
            }
        }
    }

    static Mailmap empty() {
        return new Mailmap("");
    }

    /** Whether a line of the map names both addresses. */
    boolean samePerson(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return lines.stream().anyMatch(l -> l.contains(x) && l.contains(y));
    }
}
