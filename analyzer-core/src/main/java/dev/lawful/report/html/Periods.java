package dev.lawful.report.html;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Retention periods in words: {@code P3Y6M} reads "3 years 6 months". */
public final class Periods {

    private Periods() {
    }

    public static String describe(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        add(parts, period.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s"));
        }
    }
}
