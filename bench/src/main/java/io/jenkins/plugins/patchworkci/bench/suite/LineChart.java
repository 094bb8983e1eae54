package io.jenkins.plugins.patchworkci.bench.suite;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A small line chart written as PNG with java.awt (headless): lines of (x, y) points on linear axes
 * from zero, with ticks, a legend and each point's value, so a reader can check the figures the
 * table gives. Enough for the benchmark's plots; not a plotting library.
 */
final class LineChart {

    private static final int W = 900;
    private static final int H = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 60;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};

    private record Line(String name, List<double[]> points) {}

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Line> lines = new ArrayList<>();

    LineChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    LineChart line(String name, List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[0]));
        lines.add(new Line(name, sorted));
        return this;
    }

    void write(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        double maxX = 0;
        double maxY = 0;
        for (Line l : lines) {
            for (double[] p : l.points()) {
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        maxX = nice(maxX);
        maxY = nice(maxY);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        centre(g, title, W / 2, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= 5; i++) {
            int x = LEFT + pw * i / 5;
            int y = TOP + ph - ph * i / 5;
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(LEFT, y, LEFT + pw, y);
            g.setColor(Color.BLACK);
            g.drawLine(x, TOP + ph, x, TOP + ph + 5);
            centre(g, label(maxX * i / 5), x, TOP + ph + 20);
            String yl = label(maxY * i / 5);
            g.drawString(yl, LEFT - 8 - fm.stringWidth(yl), y + 5);
        }
        g.drawLine(LEFT, TOP, LEFT, TOP + ph);
        g.drawLine(LEFT, TOP + ph, LEFT + pw, TOP + ph);
        centre(g, xLabel, LEFT + pw / 2, H - 25);
        g.drawString(yLabel, 10, TOP - 12);

        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            g.setColor(COLORS[i % COLORS.length]);
            g.setStroke(new BasicStroke(2.5f));
            int px = -1;
            int py = -1;
            for (double[] p : l.points()) {
                int x = LEFT + (int) Math.round(pw * p[0] / maxX);
                int y = TOP + ph - (int) Math.round(ph * p[1] / maxY);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 4, y - 4, 9, 9);
                g.drawString(label(p[1]), x + 6, y - 6);
                px = x;
                py = y;
            }
            int ly = TOP + 8 + 20 * i;
            g.fillRect(LEFT + 15, ly - 9, 22, 4);
            g.setColor(Color.BLACK);
            g.drawString(l.name(), LEFT + 44, ly - 2);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(img, "png", file.toFile());
        System.out.println("  chart: " + file);
    }

    private static void centre(Graphics2D g, String s, int x, int y) {
        g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y);
    }

    /** The axis end: 1, 2 or 5 times a power of ten, at or above the largest value. */
    static double nice(double max) {
        if (max <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= max) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String label(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1 ? "%.1f" : "%.2f", v);
    }
}
