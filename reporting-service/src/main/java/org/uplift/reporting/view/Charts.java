package org.uplift.reporting.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.uplift.reporting.figures.Cell;
import org.uplift.reporting.figures.Table;

/**
 * Server-rendered inline SVG charts for a report's trend and RAG tables: no JavaScript, each chart labelled and
 * described, every point and bar carrying its value as text (meaning never by colour alone), and the table with the
 * same figures right beside it. Only shown cells are drawn, so a suppressed figure is a gap in the line.
 */
public final class Charts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int PAD = 40;

    private Charts() {
    }

    /** Chart SVG per table id, for the tables that have one. */
    public static Map<String, String> of(Report report) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (Table table : report.tables()) {
            if (table.id().startsWith("trend-")) {
                charts.put(table.id(), line(table, 1));
            } else if (table.id().startsWith("gap-trend-")) {
                charts.put(table.id(), line(table, 4));
            } else if (table.id().equals("rag-by-term")) {
                charts.put(table.id(), ragBars(table));
            }
        }
        return charts;
    }

    static String line(Table table, int column) {
        String title = table.columns().get(column).label() + ": " + table.caption();
        List<double[]> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < table.rows().size(); i++) {
            BigDecimal value = table.rows().get(i).cells().get(column).value();
            if (value != null) {
                points.add(new double[] {i, value.doubleValue()});
                labels.add(table.rows().get(i).cells().get(column).display());
                min = Math.min(min, value.doubleValue());
                max = Math.max(max, value.doubleValue());
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double low = Math.min(0, min);
        double high = max == low ? low + 1 : max;
        int n = Math.max(1, table.rows().size() - 1);
        StringBuilder svg = open(table.id(), title, "Line chart of " + title + ", one point per year; the table below gives every value.");
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>".formatted(PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = PAD + points.get(i)[0] * (WIDTH - 2.0 * PAD) / n;
            double y = HEIGHT - PAD - (points.get(i)[1] - low) * (HEIGHT - 2.0 * PAD) / (high - low);
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"#1d70b8\"/>".formatted(fmt(x), fmt(y)));
            svg.append("<text x=\"%s\" y=\"%s\" font-size=\"14\" text-anchor=\"middle\">%s</text>".formatted(fmt(x), fmt(y - 10), escape(labels.get(i))));
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
        }
        for (int i = 0; i < table.rows().size(); i++) {
            double x = PAD + i * (WIDTH - 2.0 * PAD) / n;
            svg.append("<text x=\"%s\" y=\"%d\" font-size=\"14\" text-anchor=\"middle\">%s</text>".formatted(fmt(x), HEIGHT - PAD + 20,
                    escape(table.rows().get(i).label())));
        }
        return svg.append("</svg></figure>").toString();
    }

    /** One stacked bar per term: red, amber, green, each segment labelled with its letter and count. */
    static String ragBars(Table table) {
        int rows = table.rows().size();
        int barHeight = 28;
        int height = Math.max(HEIGHT / 2, PAD + rows * (barHeight + 12));
        StringBuilder svg = open(table.id(), "RAG ratings per term", "Bar chart of red, amber and green objectives per term; "
                + "the table below gives every count.", height);
        String[] names = {"R", "A", "G"};
        String[] fills = {"#d4351c", "#ffdd00", "#00703c"};
        String[] text = {"#ffffff", "#0b0c0c", "#ffffff"};
        for (int r = 0; r < rows; r++) {
            Table.Row row = table.rows().get(r);
            long total = 0;
            for (int c = 0; c < 3; c++) {
                total += valueOf(row.cells().get(c));
            }
            int y = 10 + r * (barHeight + 12);
            svg.append("<text x=\"0\" y=\"%d\" font-size=\"14\">%s</text>".formatted(y + 19, escape(row.label())));
            double x = 160;
            for (int c = 0; c < 3; c++) {
                long value = valueOf(row.cells().get(c));
                double width = total == 0 ? 0 : value * (WIDTH - 170.0) / total;
                if (width > 0) {
                    svg.append("<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" fill=\"%s\" stroke=\"#0b0c0c\"/>"
                            .formatted(fmt(x), y, fmt(width), barHeight, fills[c]));
                    svg.append("<text x=\"%s\" y=\"%d\" font-size=\"14\" fill=\"%s\">%s %d</text>"
                            .formatted(fmt(x + 4), y + 19, text[c], names[c], value));
                }
                x += width;
            }
        }
        return svg.append("</svg></figure>").toString();
    }

    private static long valueOf(Cell cell) {
        return cell.value() == null ? 0 : cell.value().longValue();
    }

    private static StringBuilder open(String id, String title, String description) {
        return open(id, title, description, HEIGHT);
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder("<figure class=\"uplift-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%%\" viewBox=\"0 0 %d %d\" id=\"chart-%s\" aria-labelledby=\"chart-%s-title chart-%s-desc\"><title id=\"chart-%s-title\">%s</title><desc id=\"chart-%s-desc\">%s</desc>"
                .formatted(WIDTH, height, id, id, id, id, escape(title), id, escape(description)));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
