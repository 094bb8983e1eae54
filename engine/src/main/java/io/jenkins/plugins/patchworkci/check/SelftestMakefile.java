package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kselftest Makefile, read for the lists that lib.mk runs and installs: {@code TEST_PROGS},
 * {@code TEST_GEN_PROGS}, {@code TEST_GEN_FILES} and their {@code _EXTENDED} forms,
 * {@code TEST_FILES}, {@code TEST_CUSTOM_PROGS}. Backslash continuations are joined; {@code +=},
 * {@code :=} and {@code =} all add.
 */
final class SelftestMakefile {

    private static final Pattern ASSIGN = Pattern.compile("^\\s*(TEST_[A-Z_]+)\\s*[+:?]?=\\s*(.*)$");
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final String text;

    SelftestMakefile(String text) {
        this.text = text;
        String joined = text.replaceAll("\\\\\\r?\\n", " ");
        for (String line : joined.split("\n")) {
            Matcher m = ASSIGN.matcher(line);
            if (m.matches()) {
                String value = m.group(2).replaceAll("#.*", "");
                List<String> words = lists.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                for (String w : value.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
    }

    /** The list variable naming this target, or null: {@code foo.sh}, {@code $(OUTPUT)/foo} both count. */
    String listing(String name) {
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            for (String w : e.getValue()) {
                String base = w.substring(w.lastIndexOf('/') + 1);
                if (base.equals(name)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Whether the name appears anywhere as a word (NIPA's grep), e.g. in a rule or a wildcard list. */
    boolean mentions(String name) {
        return Pattern.compile("(^|[\\s/=])" + Pattern.quote(name) + "($|[\\s:\\\\])", Pattern.MULTILINE)
                .matcher(text).find();
    }

    /** Whether the Makefile picks files up by wildcard ({@code $(wildcard *.sh)}). */
    boolean globs(String suffix) {
        return text.contains("$(wildcard") && text.contains("*" + suffix);
    }
}
