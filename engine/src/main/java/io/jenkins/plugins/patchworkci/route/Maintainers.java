package io.jenkins.plugins.patchworkci.route;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A kernel MAINTAINERS file, read in its real format and matched as {@code get_maintainer.pl}
 * matches it: a section is a run of typed lines ({@code X:\tvalue}) under a title line; blank and
 * {@code #} lines are skipped; {@code X:} excludes are tested before {@code F:} and {@code N:}.
 */
public final class Maintainers {

    private static final Pattern TYPED = Pattern.compile("^([A-Z]):\\s*(.*)$");

    private final List<MaintainersSection> sections;

    private Maintainers(List<MaintainersSection> sections) {
        this.sections = List.copyOf(sections);
    }

    public static Maintainers read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static Maintainers read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<MaintainersSection> sections = new ArrayList<>();
        String title = "";
        int titleLine = 0;
        List<String[]> entries = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = TYPED.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(2).strip()});
            } else {
                if (!entries.isEmpty()) {
                    sections.add(new MaintainersSection(title, titleLine, entries));
                    entries = new ArrayList<>();
                }
                title = line.strip();
                titleLine = n;
            }
        }
        if (!entries.isEmpty()) {
            sections.add(new MaintainersSection(title, titleLine, entries));
        }
        return new Maintainers(sections);
    }

    public List<MaintainersSection> sections() {
        return sections;
    }

    /** The sections that cover a path, in file order, the tree's directories unknown. */
    public List<MaintainersSection> sectionsFor(String path) {
        return sectionsFor(path, null);
    }

    /** The sections that cover a path, in file order; {@code directories} may be null. */
    public List<MaintainersSection> sectionsFor(String path, @Nullable DirectoryTest directories) {
        return sections.stream().filter(s -> s.covers(path, directories)).toList();
    }

    /** The {@code T:} locations of every section covering any of the paths, without repeats. */
    public Set<ScmLocation> treesFor(Collection<String> paths) {
        Set<ScmLocation> out = new LinkedHashSet<>();
        for (String p : paths) {
            for (MaintainersSection s : sectionsFor(p)) {
                out.addAll(s.trees());
            }
        }
        return out;
    }
}
