package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.MaintainersSection;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code maintainers}: every file the patch creates is covered by a MAINTAINERS section other than
 * THE REST, so someone will review changes to it. MAINTAINERS is read as the whole series leaves
 * it (a series often adds the entry in a later patch), with get_maintainer.pl's matching rules
 * ({@link Maintainers}).
 *
 * <p>NIPA's check of the same name runs {@code get_maintainer.pl --self-test} when MAINTAINERS
 * changes; this one asks the question its newer versions ask about new files. Options:
 * {@code state} (warning).
 */
public final class MaintainersCheck extends PatchCheck {

    public static final String NAME = "maintainers";

    public MaintainersCheck() {
        super(NAME);
    }

    @Override
    protected boolean applies(CheckContext context, CheckOptions options) {
        return context.workTree().isPresent();
    }

    @Override
    protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options) throws IOException {
        List<String> created = patch.parsedDiff().files().stream().filter(Diff.DiffFile::created)
                .map(Diff.DiffFile::path).toList();
        if (created.isEmpty()) {
            return Verdict.success("No new files");
        }
        Optional<String> text;
        if (context.lastCommit().isPresent()) {
            try (TreeHistory history = TreeHistory.open(context.workTree().orElseThrow())) {
                text = history.readText(context.lastCommit().orElseThrow(), "MAINTAINERS");
            }
        } else {
            Optional<java.nio.file.Path> file = context.treeFile("MAINTAINERS");
            text = file.isPresent() ? Optional.of(java.nio.file.Files.readString(file.get())) : Optional.empty();
        }
        if (text.isEmpty()) {
            return null;
        }
        Maintainers maintainers = Maintainers.read(new StringReader(text.get()));
        List<String> uncovered = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (String path : created) {
            List<String> sections = maintainers.sectionsFor(path).stream().map(MaintainersSection::title)
                    .filter(t -> !t.equals("THE REST")).toList();
            if (sections.isEmpty()) {
                uncovered.add(path);
                details.append(path).append(": no MAINTAINERS section\n");
            } else {
                details.append(path).append(": ").append(String.join(", ", sections)).append('\n');
            }
        }
        if (uncovered.isEmpty()) {
            return Verdict.of(CheckState.SUCCESS, "New files covered by MAINTAINERS: " + created.size(),
                    details.toString());
        }
        return Verdict.of(options.state("state", CheckState.WARNING),
                uncovered.size() + " new file(s) without a MAINTAINERS entry: " + String.join(" ", uncovered),
                details.toString());
    }
}
