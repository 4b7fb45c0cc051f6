package dev.lawful.report.html;

import dev.lawful.inventory.InventoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inline SVG bar charts. Each bar carries its numbers as text and a title, and the data
 * map table below says the same, so the charts are a shortcut, never the only source.
 */
final class Charts {

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 360;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 18;
    private static final int PALETTE_SIZE = 8;

    /** Stacked bars: for each class, its personal fields by category group. */
    void categoriesByClass(Markup m, List<InventoryEntry> inventory) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        TreeSet<String> groups = new TreeSet<>();
        for (InventoryEntry entry : inventory) {
            String group = group(entry.classification().primaryCategory());
            groups.add(group);
            counts.computeIfAbsent(entry.element().className(), c -> new TreeMap<>()).merge(group, 1, Integer::sum);
        }
        List<String> palette = new ArrayList<>(groups);
        int max = counts.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        m.raw("<figure class=\"chart\" id=\"chart-categories\"><figcaption>")
                .text("Categories by class (personal fields, grouped by category)").raw("</figcaption>\n");
        svgStart(m, counts.size(), "Personal fields of each class, by category");
        int row = 0;
        for (Map.Entry<String, Map<String, Integer>> byClass : counts.entrySet()) {
            int y = row++ * ROW_HEIGHT;
            label(m, y, simpleName(byClass.getKey()), byClass.getKey());
            int x = LABEL_WIDTH;
            int total = 0;
            for (Map.Entry<String, Integer> segment : byClass.getValue().entrySet()) {
                int width = scaled(segment.getValue(), max);
                bar(m, x, y, width, "c" + palette.indexOf(segment.getKey()) % PALETTE_SIZE,
                        byClass.getKey() + ": " + segment.getValue() + " " + segment.getKey());
                x += width;
                total += segment.getValue();
            }
            value(m, x, y, Integer.toString(total));
        }
        m.raw("</svg>\n<ul class=\"legend\">");
        for (int i = 0; i < palette.size(); i++) {
            m.raw("<li><span class=\"swatch c" + i % PALETTE_SIZE + "\" aria-hidden=\"true\"></span>")
                    .text(palette.get(i)).raw("</li>");
        }
        m.raw("</ul></figure>\n");
    }

    /** For each category group, how many personal fields a declaration covers. */
    void declaredCoverage(Markup m, List<InventoryEntry> inventory) {
        Map<String, int[]> coverage = new TreeMap<>();
        for (InventoryEntry entry : inventory) {
            int[] counts = coverage.computeIfAbsent(group(entry.classification().primaryCategory()), g -> new int[2]);
            counts[entry.isDeclared() ? 0 : 1]++;
        }
        long declared = inventory.stream().filter(InventoryEntry::isDeclared).count();
        m.raw("<figure class=\"chart\" id=\"chart-coverage\"><figcaption>")
                .text("Declared coverage: " + declared + " of " + inventory.size() + " personal fields declared ("
                        + Math.round(100.0 * declared / inventory.size()) + "%)")
                .raw("</figcaption>\n");
        svgStart(m, coverage.size(), "Declared and undeclared personal fields by category");
        int row = 0;
        for (Map.Entry<String, int[]> group : coverage.entrySet()) {
            int y = row++ * ROW_HEIGHT;
            int[] counts = group.getValue();
            int total = counts[0] + counts[1];
            label(m, y, group.getKey(), group.getKey());
            int declaredWidth = scaled(counts[0], total);
            bar(m, LABEL_WIDTH, y, declaredWidth, "declared", group.getKey() + ": " + counts[0] + " declared");
            bar(m, LABEL_WIDTH + declaredWidth, y, BAR_WIDTH - declaredWidth, "undeclared",
                    group.getKey() + ": " + counts[1] + " undeclared");
            value(m, LABEL_WIDTH + BAR_WIDTH, y, counts[0] + "/" + total);
        }
        m.raw("</svg>\n<ul class=\"legend\"><li><span class=\"swatch declared\" aria-hidden=\"true\"></span>declared")
                .raw("</li><li><span class=\"swatch undeclared\" aria-hidden=\"true\"></span>undeclared</li></ul>")
                .raw("</figure>\n");
    }

    /** Categories grouped to their first two levels: {@code user.contact.email} is in {@code user.contact}. */
    static String group(String category) {
        if (category == null) {
            return "(none)";
        }
        int first = category.indexOf('.');
        int second = first < 0 ? -1 : category.indexOf('.', first + 1);
        return second < 0 ? category : category.substring(0, second);
    }

    private static void svgStart(Markup m, int rows, String label) {
        int height = Math.max(rows, 1) * ROW_HEIGHT;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        m.raw("<svg role=\"img\" class=\"bars\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" ").raw(Markup.attr("aria-label", label)).raw(">\n");
    }

    private static void label(Markup m, int y, String text, String title) {
        m.raw("<text class=\"axis\" x=\"" + (LABEL_WIDTH - 8) + "\" y=\"" + (y + 14) + "\" text-anchor=\"end\">")
                .raw("<title>").text(title).raw("</title>").text(text).raw("</text>\n");
    }

    private static void bar(Markup m, int x, int y, int width, String cssClass, String title) {
        if (width <= 0) {
            return;
        }
        m.raw("<rect class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + (y + 2) + "\" width=\"" + width
                + "\" height=\"" + BAR_HEIGHT + "\"><title>").text(title).raw("</title></rect>\n");
    }

    private static void value(Markup m, int x, int y, String text) {
        m.raw("<text class=\"value\" x=\"" + (x + 6) + "\" y=\"" + (y + 15) + "\">").text(text).raw("</text>\n");
    }

    private static int scaled(int count, int max) {
        return max == 0 ? 0 : Math.round((float) BAR_WIDTH * count / max);
    }

    private static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
