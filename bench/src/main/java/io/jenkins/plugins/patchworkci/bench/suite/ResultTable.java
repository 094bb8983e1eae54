package io.jenkins.plugins.patchworkci.bench.suite;

import java.util.ArrayList;
import java.util.List;

/** The one table the suite prints: every figure beside its peer's, as Markdown. */
public final class ResultTable {

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void add(Figure f) {
        figures.add(f);
        System.out.println("  -> " + f.area() + " | " + f.measure() + " | " + f.ours() + " | " + f.peer() + " | "
                + f.ratioText() + " | " + f.metText());
    }

    /** A benchmark that could not run: said in the table's notes instead of silently missing. */
    public synchronized void note(String text) {
        notes.add(text);
        System.out.println("  !! " + text);
    }

    public synchronized String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| area | measure | pwci | peer | ratio | goal | met |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            b.append("| ").append(f.area()).append(" | ").append(f.measure()).append(" | ").append(f.ours())
                    .append(" | ").append(f.peer()).append(" | ").append(f.ratioText()).append(" | ")
                    .append(f.goal()).append(" | ").append(f.metText()).append(" |\n");
        }
        for (String n : notes) {
            b.append("\nNote: ").append(n).append('\n');
        }
        return b.toString();
    }
}
